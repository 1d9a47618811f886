import { resolve } from './language/schemaNav';
import { SCHEMAS } from './schema/validate';
import { DOCUMENT_KINDS } from './types';

/**
 * The sections of a document are its top-level keys (`board`, `committees`, `conflicts_of_interest`
 * …); findings carry the one they concern (`Finding.section`). Their titles are the schemas' own.
 */
export function sectionTitle(key: string | undefined): string {
  if (!key) return 'The document as a whole';
  for (const kind of DOCUMENT_KINDS) {
    const root = SCHEMAS[kind];
    const title = resolve(root, resolve(root, root)?.properties[key])?.title;
    if (title) return title;
  }
  return key;
}
