import type { Loc } from '../model/spec';
import type { IcbConstitution, IntegratedCarePartnership, PlacePartnership } from '../model/kinds';
import type { YamlEditor } from '../yaml/edits';
import type { AnalyzedDocument, AnalyzedFile } from '../analyze';
import type { Fix, FrameworkId, Range, RuleMeta, CheckOptions } from '../types';

/** Something a finding can point at: a model node (its value), or a range. */
export type Anchor = Loc | Range;

export interface Report {
  message: string;
  /** Where to underline. A model node underlines its head (key, or first line of a list item). */
  at: Anchor;
  related?: { message: string; at: Anchor; uri?: string }[];
  fixes?: Fix[];
  /**
   * What is missing, as a path from the document root (`['conflicts_of_interest', 'guardian']`).
   * The finding then sits on the nearest key of the path that exists, and its message shows the
   * YAML to add (see ./placement). Without it, the path a fix adds at, or a key or dotted path the
   * message names, is used.
   */
  missing?: (string | number)[];
  /** The value to show under `missing` (default: the rule's correct example there, else `TODO`). */
  add?: unknown;
}

export interface SystemDoc<M> {
  uri: string;
  document: AnalyzedDocument;
  model: M;
  /**
   * An ICB checked in another worker of a parallel CLI run (core/remote.ts): its model holds only
   * the `icb:` section, and `document` is a stand-in. Never the document being checked, nor an ICB
   * the document belongs to (those are always checked together).
   */
  remote?: true;
}

/** The documents checked together: a folder, a workspace, or just the one file. */
export interface SystemView {
  icbs: SystemDoc<IcbConstitution>[];
  icps: SystemDoc<IntegratedCarePartnership>[];
  places: SystemDoc<PlacePartnership>[];
  /** The ICB constitution with this id, if it is among the documents. */
  icbById(id: string): SystemDoc<IcbConstitution> | undefined;
  /**
   * Computes something about the whole system once per check and shares it between documents
   * (an index of councils, say), so cross-document rules stay linear in the number of files.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface RuleContext {
  uri: string;
  file: AnalyzedFile;
  document: AnalyzedDocument;
  /** The model of the document, by kind: exactly one of these is set. */
  icb?: IcbConstitution;
  icp?: IntegratedCarePartnership;
  place?: PlacePartnership;
  system: SystemView;
  /** The legal framework in force for this document. */
  framework: FrameworkId;
  options: CheckOptions;
  /** Builds edits for fixes in this document's own layout. */
  editor: YamlEditor;
  /** The `kind:` line, for findings about something missing from the whole document. */
  documentAnchor: Range;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Declares a rule. One module per rule, each default-exporting `defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The range a finding about a node underlines: its key, or the first line of a list item. */
export function anchorRange(at: Anchor): Range {
  return 'start' in at ? at : at.headRange;
}

/** A catalogue rule the format cannot express yet: listed in the rules index with the reason. */
export interface NotImplemented {
  id: string;
  title: string;
  reason: string;
}
