import type { AnalyzedDocument } from './analyze';
import type { IcbConstitution } from './model/kinds';
import type { Loc } from './model/spec';
import type { SystemDoc } from './rules/framework';

/**
 * An ICB constitution checked in another worker (the CLI checks large systems in parallel, each
 * worker a set of ICBs with their partnership and place files). Other ICBs' rules read only its
 * `icb:` section — its id, name, legal framework and area (ICS-AREA-002, "did you mean" ids,
 * related locations) — so that is all a worker is sent: plain data, no YAML nodes.
 */
export interface IcbSummary {
  uri: string;
  model: IcbConstitution;
  /** Its place among all the documents checked (file, then document), so every worker lists ICBs in one order. */
  order: number;
}

/** The order of a document among the files of a run: by file, then by place in the file. */
export const documentOrder = (fileIndex: number, documentIndex: number) => fileIndex * 1_000_000 + documentIndex;

/** The `icb:` section of a constitution, as plain data (ranges kept, YAML nodes dropped). */
export function summarizeIcb(uri: string, model: IcbConstitution, order: number): IcbSummary {
  return { uri, order, model: { loc: plainLoc(model.loc), ...(model.icb ? { icb: plain(model.icb) as IcbConstitution['icb'] } : {}) } };
}

function plainLoc(loc: Loc): Loc {
  // The node is gone: nothing may edit or walk another worker's document.
  return { range: loc.range, keyRange: loc.keyRange, headRange: loc.headRange } as Loc;
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'loc' ? plainLoc(v as Loc) : plain(v);
  return out;
}

/** What stands for the document of a summarised ICB: it is never the document being checked. */
const ELSEWHERE = Object.freeze({ index: 0, remote: true }) as unknown as AnalyzedDocument;

/** A summarised ICB as one of the system's ICBs. */
export function remoteIcbDoc(summary: IcbSummary): SystemDoc<IcbConstitution> {
  return { uri: summary.uri, document: ELSEWHERE, model: summary.model, remote: true };
}
