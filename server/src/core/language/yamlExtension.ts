/**
 * Red Hat's YAML extension (`redhat.vscode-yaml`), which most VS Code users who edit YAML have,
 * validates, completes and hovers a file against any JSON Schema it is given. Our language server
 * already reports every schema problem of a constitution — with the rule, a suggestion and a fix —
 * and completes its keys, so giving Red Hat's extension the same schemas shows each problem twice
 * and lists each key twice. So by default it gets none (one report); a user who wants its hovers or
 * its validation as well opts in with `icsCheck.yamlExtension.provideSchemas`, and then it gets the
 * schemas for the file names below. The extension registers a schema contributor with Red Hat's
 * API and asks this function on every request, so the setting applies at once.
 *
 * Pure: no `vscode` import, so the decision is tested without an editor.
 */

/** The URI scheme of the schemas we hand to Red Hat's extension (`ics-check-schema://schemas/<file>`). */
export const YAML_SCHEMA_SCHEME = 'ics-check-schema';

export interface SchemaAssociation {
  /** The schema file in `schemas/`. */
  schema: string;
  /** What files it is for, as people read it (docs/editor.md). */
  described: string;
  matches(baseName: string, parentName: string): boolean;
}

const YAML = /\.ya?ml$/i;

/** The file names that get a schema when the user opts in (the names the format's docs suggest). */
export const SCHEMA_ASSOCIATIONS: readonly SchemaAssociation[] = [
  { schema: 'icb-constitution.schema.json', described: '`*.icb.yaml`, `constitution*.yaml`', matches: (b) => /\.icb\.ya?ml$/i.test(b) || (/^constitution/i.test(b) && YAML.test(b)) },
  { schema: 'integrated-care-partnership.schema.json', described: '`*.icp.yaml`, `integrated-care-partnership*.yaml`', matches: (b) => /\.icp\.ya?ml$/i.test(b) || (/^integrated-care-partnership/i.test(b) && YAML.test(b)) },
  { schema: 'place-partnership.schema.json', described: '`*.place.yaml`, `places/*.yaml`', matches: (b, p) => /\.place\.ya?ml$/i.test(b) || (p === 'places' && YAML.test(b)) },
  { schema: 'ics-check-config.schema.json', described: '`.ics-check.yaml`, `.ics-check.yml`', matches: (b) => /^\.ics-check\.ya?ml$/.test(b) },
];

/**
 * The schema URI to give Red Hat's YAML extension for a file (a `file:` URI or path), or undefined
 * to give none. Undefined unless the user opted in; then the schema of the first association that
 * matches the file's name, and none for other YAML files.
 */
export function yamlExtensionSchemaFor(resource: string, provideSchemas: boolean): string | undefined {
  if (!provideSchemas) return undefined;
  let filePath = resource;
  if (/^[a-z][a-z0-9+.-]*:/i.test(resource)) {
    try {
      filePath = decodeURIComponent(new URL(resource).pathname);
    } catch {
      return undefined;
    }
  }
  const parts = filePath.split(/[\\/]/).filter((x) => x !== '');
  const base = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2] ?? '';
  const match = SCHEMA_ASSOCIATIONS.find((a) => a.matches(base, parent));
  return match ? `${YAML_SCHEMA_SCHEME}://schemas/${match.schema}` : undefined;
}

/** The schema file a URI given by `yamlExtensionSchemaFor` names, or undefined for any other URI. */
export function schemaFileOf(uri: string): string | undefined {
  const prefix = `${YAML_SCHEMA_SCHEME}://schemas/`;
  if (!uri.startsWith(prefix)) return undefined;
  const name = uri.slice(prefix.length);
  return SCHEMA_ASSOCIATIONS.some((a) => a.schema === name) ? name : undefined;
}
