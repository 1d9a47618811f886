/**
 * Editor features as pure functions of analysed files and a cursor position: hover, completion,
 * definition/references/rename, outline, folding, inlay hints, code-action edits. The language
 * server maps these to LSP; a benchmark or another editor integration can call them directly.
 */
export { RULE_DOCS_BASE_URL, ruleDocsUrl, ruleDocsPath, isCatalogueRuleId } from './links';
export { Project, icbIdsOfFile, type ProjectFile } from './project';
export { hoverAt, findingMarkdown, memberCard, seatCard, roleLabel, roleWords, findDefinition, CONFIDENCE_WORDS, type HoverResult, type SystemFiles } from './hover';
export { completionsAt, type Suggestion } from './completion';
export { definitionAt, referencesAt, prepareRenameAt, renameAt, type Location } from './navigation';
export { SymbolIndex, occurrencesIn, renameSymbol, symbolKey, ID_PATTERN, type SymbolOccurrence, type SymbolKind } from './references';
export { outline, foldingRanges, type OutlineSymbol, type OutlineKind, type Fold } from './outline';
export { inlayHints, type InlayHint } from './inlay';
export { suppressionEdit, minimalEdit, fixAllEdit, SUPPRESSION_REASON_PLACEHOLDER } from './actions';
export { completionContextAt, nodeAt, documentAt, type CompletionContext } from './cursor';
export { schemaAtPath, resolve as resolveSchema, enumDescription } from './schemaNav';
export { MEMBER_SNIPPETS, SEAT_SNIPPETS, COMMITTEE_SNIPPET, COMMITTEE_CHAIR_RULE_SNIPPET, PLACE_SNIPPET, NEW_DOCUMENT_SNIPPETS, expandSnippet, type Snippet } from './snippets';
