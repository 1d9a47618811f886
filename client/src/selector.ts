/**
 * Which documents the language client hands to the server, and what Restricted Mode changes. Kept
 * apart from extension.ts (no `vscode` import) so tests can load it.
 */

/** The settings VS Code ignores when the workspace itself sets them and the workspace is not trusted. */
export const RESTRICTED_SETTINGS = ['icsCheck.files', 'icsCheck.exclude'] as const;

/**
 * YAML documents on disk and unsaved ones, and — in a virtual workspace (a GitHub repository opened
 * remotely, `vscode-vfs:`) — documents of the workspace folders' own schemes, which the server checks
 * from the text the editor sends.
 */
export function documentSelectorFor(workspaceSchemes: readonly string[]): { language: 'yaml'; scheme: string }[] {
  const schemes = ['file', 'untitled', ...workspaceSchemes.filter((s) => s !== 'file' && s !== 'untitled')];
  return [...new Set(schemes)].map((scheme) => ({ language: 'yaml', scheme }));
}

/** What the status item adds in Restricted Mode. */
export function restrictedModeNote(trusted: boolean): string {
  return trusted ? '' : ` — Restricted Mode: the workspace's own ${RESTRICTED_SETTINGS.join(' and ')} are not used until you trust it`;
}
