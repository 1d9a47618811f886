import { isMap, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { RuleContext } from '../framework';
import { pathTo as pathFromRoot } from '../placement';
import type { BoardMember } from '../../model/kinds';
import type { Loc, MapModel, Scalar } from '../../model/spec';
import { items, text } from '../../model/query';
import type { FrameworkId, TextEdit } from '../../types';

/** Shared by the §1 and §10 rules: appointment arrangements per framework, and edits under a node. */

export const SECTION_1 = '1. ICB constitution: statutory content';
export const SECTION_10 = '10. Reviewer checks that do not fit above';

/** Plain-English names of the appointer vocabulary. */
export const APPOINTER_LABEL: Record<string, string> = {
  chair: 'the chair',
  chief_executive: 'the chief executive',
  board: 'the board',
  icb: 'the ICB',
  nhs_england: 'NHS England',
  secretary_of_state: 'the Secretary of State',
  other: 'someone else',
};

export const appointer = (v: string | undefined): string => (v ? (APPOINTER_LABEL[v] ?? v) : 'nobody');

/** Who holds NHS England's appointment, approval and removal powers under a framework (catalogue §12a). */
export function nhsEnglandOrSuccessor(framework: FrameworkId): 'nhs_england' | 'secretary_of_state' {
  return framework === 'health-bill-2026' ? 'secretary_of_state' : 'nhs_england';
}

export const FRAMEWORK_LABEL: Record<FrameworkId, string> = {
  'hca-2022': 'the Health and Care Act 2022 (the law in force)',
  'health-bill-2026': 'the Health Bill 2026 as introduced (which would abolish NHS England and pass its functions to the Secretary of State)',
};

type Arrangement = NonNullable<BoardMember['appointment']>;
type TransitionalEntry = NonNullable<Arrangement['transitional']>['items'][number];

/** An appointment or removal as it reads under one framework, with the nodes to point at. */
export interface ArrangementView {
  /** The arrangement as written (absent if the member has none). */
  arrangement?: Arrangement;
  /** The transitional entry for the framework, if the constitution has one. */
  transitional?: TransitionalEntry;
  /** The map the effective values come from: the transitional entry, else the arrangement. */
  source?: MapModel<Record<string, never>> & { loc: Loc };
  by?: Scalar<string>;
  approvedBy?: Scalar<string>;
  procedure?: Scalar<string>;
}

/** Reads `appointment` or `removal` under a framework: its transitional provision if any, else the main one. */
export function arrangementView(arrangement: Arrangement | undefined, framework: FrameworkId): ArrangementView {
  if (!arrangement) return {};
  const t = items(arrangement.transitional).find((x) => text(x.framework) === framework);
  const source = t ?? arrangement;
  return {
    arrangement,
    transitional: t,
    source: source as ArrangementView['source'],
    by: nonEmpty(source.by),
    approvedBy: nonEmpty(source.approved_by),
    procedure: nonEmpty(source.procedure),
  };
}

function nonEmpty(s: Scalar<string> | undefined): Scalar<string> | undefined {
  return text(s) === undefined ? undefined : s;
}

/** The YAML path from the document root to a node, for `YamlEditor.addAtPath`. */
export function pathTo(ctx: RuleContext, target: Node): (string | number)[] | undefined {
  return pathFromRoot(ctx.document.yaml.contents as Node | null, target);
}

/** Adds `value` at `keys` under a model node (creating maps on the way; never overwriting). */
export function addUnder(ctx: RuleContext, under: Loc | undefined, keys: (string | number)[], value: unknown): TextEdit | undefined {
  if (!under) return ctx.editor.addAtPath(keys, value);
  const base = pathTo(ctx, under.node);
  if (!base) return undefined;
  return ctx.editor.addAtPath([...base, ...keys], value);
}


/** "a, b and c". */
export function listing(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
