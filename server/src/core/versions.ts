import icbSchema from '../../../schemas/icb-constitution.schema.json';
import { ALL_RULES, NOT_IMPLEMENTED } from './rules';
import { profilesOf } from './docs';

/**
 * The versions a report depends on besides the tool's own: the document format the schemas
 * accept, and the rule catalogue. The catalogue has no hand-kept number (it would drift from the
 * rules); its fingerprint is a hash of what decides findings — each rule's id, severity, source
 * kind, profiles, frameworks, kinds and citations — so two runs with the same fingerprint apply
 * the same catalogue, and any change to a rule changes it.
 */
export interface CatalogueVersion {
  /** Implemented rules. */
  rules: number;
  /** Catalogue rules listed as not implemented. */
  notImplemented: number;
  /** 8 hex digits. */
  fingerprint: string;
}

/** The `version`s a document may declare (the schemas' `version.enum`, or its `const`), oldest first. */
export const DOCUMENT_FORMAT_VERSIONS: readonly number[] = (() => {
  const v = (icbSchema as { properties: { version: { const?: number; enum?: number[] } } }).properties.version;
  return [...(v.enum ?? (v.const !== undefined ? [v.const] : []))].sort((a, b) => a - b);
})();

/** The newest document format version this build reads (it reads every one in `DOCUMENT_FORMAT_VERSIONS`). */
export const DOCUMENT_FORMAT_VERSION: number = DOCUMENT_FORMAT_VERSIONS[DOCUMENT_FORMAT_VERSIONS.length - 1];

/** FNV-1a, 32 bits: small, stable, no dependency (this is an identity, not a security check). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

let cached: CatalogueVersion | undefined;
export function catalogueVersion(): CatalogueVersion {
  if (cached) return cached;
  const identity = ALL_RULES.map(({ meta: m }) => [m.id, m.severity, m.sourceKind, profilesOf(m), m.frameworks, m.appliesTo, m.citations.map((c) => [c.instrument, c.provision, c.confidence])]);
  return (cached = { rules: ALL_RULES.length, notImplemented: NOT_IMPLEMENTED.length, fingerprint: fnv1a(JSON.stringify(identity)) });
}
