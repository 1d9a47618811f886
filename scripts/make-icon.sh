#!/usr/bin/env bash
# Renders images/icon.svg to images/icon.png (256×256, what the Marketplace and Open VSX show) with
# headless Chromium (Debian's chromium, which scripts/e2e/setup.sh installs). The PNG is committed;
# run this after changing the SVG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/icon.html" <<HTML
<!doctype html><html><body style="margin:0;background:transparent">$(cat images/icon.svg)</body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --default-background-color=00000000 --window-size=256,256 --screenshot="$tmp/icon.png" "file://$tmp/icon.html" 2>/dev/null
python3 - "$tmp/icon.png" <<'PY'
import struct, sys
with open(sys.argv[1], 'rb') as f:
    head = f.read(24)
assert head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', head[16:24])
assert (w, h) == (256, 256), f'{w}x{h}'
PY
cp "$tmp/icon.png" images/icon.png
echo "images/icon.png: $(stat -c %s images/icon.png) bytes"
