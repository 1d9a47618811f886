import { ENGINE_CHECKS } from '../checks';

/**
 * Where each rule's documentation lives. One constant, so the editor (diagnostic links, hovers),
 * the CLI and SARIF output all point at the same page. The extension also ships `docs/rules/`,
 * so it can open the same page offline.
 */
export const RULE_DOCS_BASE_URL = 'https://github.com/ics-constitution-checker/ics-constitution-checker/blob/main/docs/rules/';

/** True for ids of catalogue rules (`ICS-BOARD-001`), which have a documentation page. */
export function isCatalogueRuleId(ruleId: string): boolean {
  return /^ICS-[A-Z]+-\d{3}$/.test(ruleId);
}

/** Ids of the engine's own checks (`yaml-syntax`, `schema`, …), which have pages too. */
const ENGINE_CHECK_IDS = new Set(ENGINE_CHECKS.map((c) => c.id));

/** The documentation page of a catalogue rule or an engine check. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return isCatalogueRuleId(ruleId) || ENGINE_CHECK_IDS.has(ruleId) ? `${RULE_DOCS_BASE_URL}${ruleId}.md` : undefined;
}

/** The path of a rule's page inside the repository and the packaged extension. */
export function ruleDocsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
