#!/bin/sh
# Regenerates test/golden/flawed.* from samples/flawed/. Review the diff before committing.
cd "$(dirname "$0")/../.." && UPDATE_GOLDEN=1 npx mocha --no-config -r tsx/cjs --timeout 20000 test/golden/golden.test.ts
