// A Stryker ignorer: a rule's `meta` (id, title, citations, docs and examples) is data, pinned by the
// catalogue and documentation tests, not logic. Its mutants are left out of the score, so a rule's
// score measures its `check`. Used as `ignorers: ['rule-meta']` in stryker.config.mjs.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

function isDefineRuleArgument(objectPath) {
  const call = objectPath?.parentPath;
  return (
    objectPath?.node?.type === 'ObjectExpression' &&
    call?.node?.type === 'CallExpression' &&
    call.node.callee.type === 'Identifier' &&
    call.node.callee.name === 'defineRule' &&
    call.node.arguments[0] === objectPath.node
  );
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'rule-meta', {
    shouldIgnore(path) {
      const node = path.node;
      if (node?.type !== 'ObjectProperty' || node.computed) return undefined;
      const key = node.key.type === 'Identifier' ? node.key.name : node.key.value;
      if (key === 'meta' && isDefineRuleArgument(path.parentPath)) return 'rule metadata and docs: data checked by the catalogue and docs tests';
      return undefined;
    },
  }),
];
