import type { AnalyzedFile } from '../analyze';
import type { Position, Range } from '../types';
import type { SystemFiles } from './hover';
import { KIND_WORD, occurrenceAt, renameSymbol, sameSymbol, SymbolIndex, type RenameResult, type SymbolOccurrence } from './references';

/** Go to definition, find references and rename for ids, across the files of a system. */

export interface Location {
  uri: string;
  range: Range;
}

function context(file: AnalyzedFile, position: Position, system: SystemFiles) {
  const index = system.index ?? new SymbolIndex();
  const target = occurrenceAt(index.occurrences(file), position);
  const all = system.files.some((f) => f.uri === file.uri) ? system.files.flatMap((f) => index.occurrences(f)) : [...index.occurrences(file), ...system.files.flatMap((f) => index.occurrences(f))];
  return { target, all };
}

const loc = (o: SymbolOccurrence): Location => ({ uri: o.uri, range: o.range });

/** Where the id under the cursor is declared (a member's `id:`, the ICB's `icb.id`, …). */
export function definitionAt(file: AnalyzedFile, position: Position, system: SystemFiles): Location[] {
  const { target, all } = context(file, position, system);
  if (!target) return [];
  return sameSymbol(all, target).filter((o) => o.definition).map(loc);
}

/** Every use of the id under the cursor, and its declaration when asked. */
export function referencesAt(file: AnalyzedFile, position: Position, system: SystemFiles, includeDeclaration: boolean): Location[] {
  const { target, all } = context(file, position, system);
  if (!target) return [];
  return sameSymbol(all, target).filter((o) => includeDeclaration || !o.definition).map(loc);
}

/** Whether the cursor is on an id that can be renamed, and its range. */
export function prepareRenameAt(file: AnalyzedFile, position: Position, system: SystemFiles): { range: Range; placeholder: string; what: string } | undefined {
  const { target } = context(file, position, system);
  if (!target) return undefined;
  return { range: target.range, placeholder: target.id, what: KIND_WORD[target.kind] };
}

/** The edits that rename the id under the cursor in every file of the system — or why not. */
export function renameAt(file: AnalyzedFile, position: Position, newName: string, system: SystemFiles): RenameResult | { error: string } | undefined {
  const { target, all } = context(file, position, system);
  if (!target) return undefined;
  return renameSymbol(all, target, newName);
}
