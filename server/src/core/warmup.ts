import { analyzeFile } from './analyze';
import { checkFiles } from './engine';
import { ALL_RULES } from './rules';

/**
 * Runs the engine on the catalogue's own examples (each rule's incorrect and correct documents),
 * one example a step, so that the first real check does not also pay for compiling the parser,
 * the model builder and every rule: in a fresh process the first check of a large constitution is
 * several times slower than the second. The language server takes these steps while it is idle
 * after start-up, and stops as soon as there is real work.
 */
export function* warmUpSteps(): Generator<void> {
  const today = '2000-01-01';
  for (const rule of ALL_RULES) {
    for (const example of [rule.meta.docs.incorrect, rule.meta.docs.correct]) {
      if (!example) continue;
      checkFiles([analyzeFile(`file:///warm-up/${rule.meta.id}.yaml`, example)], { today });
      yield;
    }
  }
}
