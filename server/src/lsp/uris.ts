import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * One spelling per file. Editors spell file URIs their own way (VS Code writes `file:///c%3A/…`
 * on Windows, Node `file:///C:/…`); the server keys files by Node's spelling so a file opened in the
 * editor and the same file found on disk are one entry.
 */
export function uriKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}

export function baseName(uri: string): string {
  const p = uriToPath(uri);
  return p ? path.basename(p) : decodeURIComponent(uri.split('/').pop() ?? uri);
}
