import * as path from 'node:path';
import { DOCUMENT_KINDS } from './types';
import { nearestKind } from './yaml/parse';

/**
 * What a file's bytes say before any YAML is read: whether they are UTF-8 text, and whether the file
 * looks like one of ours. A file that looks like ours but cannot be read as one is an error on that
 * file, never a silent "0 files checked". Pure: the CLI, the API and the language server read the
 * bytes (see read.ts) and pass them here.
 */
export interface SourceHints {
  /**
   * Why the file cannot be read as text at all (UTF-16, binary, over the size limit). `text` is then
   * only what could be decoded, for recognising the file; nothing in it is checked.
   */
  unreadable?: { message: string; offset: number; reason: string };
  /** The first byte that is not UTF-8, as an offset in the decoded text (which has U+FFFD there). */
  invalidUtf8?: { message: string; offset: number; byte: number };
  /** The configuration's `files` names this file: it is meant to be one of ours. */
  claimed?: boolean;
}

export interface DecodedSource extends SourceHints {
  text: string;
}

/** Bytes → text, saying what is wrong with the encoding. Never throws. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
    return {
      text,
      unreadable: {
        message: `This file is saved as UTF-16 (${utf16 === 'le' ? 'little' : 'big'}-endian), so its text cannot be read: ICS documents are UTF-8. Save it with the UTF-8 encoding (in VS Code: the encoding in the status bar, then "Save with Encoding", then "UTF-8").`,
        offset: 0,
        reason: 'saved as UTF-16, not UTF-8',
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, nul));
    return { text, unreadable: { message: `This file holds a NUL byte (at byte ${nul + 1}), so it is not text: ICS documents are UTF-8 text. Was it saved in another encoding, or is it not a document at all?`, offset: text.length, reason: 'not text (it holds NUL bytes)' } };
  }
  // The byte-order mark is kept (as U+FEFF, which YAML reads as one), so the text writes back to the same bytes.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return { text };
  const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)).length;
  const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    invalidUtf8: {
      message: `The byte 0x${byte} here is not UTF-8: the file was probably saved as Latin-1 or Windows-1252, and the character shows as "\uFFFD". Save the file with the UTF-8 encoding and check the characters around here.`,
      offset,
      byte: bytes[bad],
    },
  };
}

/** UTF-16 by its byte-order mark, or by the NUL bytes of ASCII text written in UTF-16 without one. */
function utf16Order(b: Uint8Array): 'le' | 'be' | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'be';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'le';
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return 'be';
  return undefined;
}

/** The index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number | undefined {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** File names the extension associates with our schemas (package.json `yamlValidation`). */
const OUR_NAMES = [/\.(icb|icp|place)\.ya?ml$/i, /^constitution[^/]*\.ya?ml$/i, /^integrated-care-partnership[^/]*\.ya?ml$/i];

/** A `kind:` with one of our kinds (or a near miss) anywhere, even where YAML cannot find it. */
const KIND_ANYWHERE = /kind\s*:\s*["']?([A-Za-z][\w-]{0,40})/g;
/** Keys only our documents have at the top level. */
const ICS_KEYS = /^(icb|board)\s*:/m;

/**
 * Why a file looks like one of ours, in words, or undefined: its name, the configuration's `files`,
 * a `kind:` of ours anywhere in the text, or a top-level `icb:` or `board:`.
 */
export function looksOurs(uri: string, text: string, claimed = false): string | undefined {
  const name = baseName(uri);
  const kindMatch = kindAnywhere(text);
  if (kindMatch) return `it says \`kind: ${kindMatch}\``;
  if (OUR_NAMES.some((re) => re.test(name)) || /(^|[/\\])places[/\\][^/\\]+\.ya?ml$/i.test(uriPath(uri))) return `its name, ${name}, is one of an ICS document`;
  if (claimed) return 'the `files` of its `.ics-check.yaml` name it';
  const key = ICS_KEYS.exec(text);
  if (key) return `it has an \`${key[1]}:\` key, as ICS documents do`;
  return undefined;
}

function kindAnywhere(text: string): string | undefined {
  KIND_ANYWHERE.lastIndex = 0;
  for (let m = KIND_ANYWHERE.exec(text); m; m = KIND_ANYWHERE.exec(text)) {
    const value = m[1];
    if ((DOCUMENT_KINDS as readonly string[]).includes(value) || nearestKind(value)) return value;
  }
  return undefined;
}

function uriPath(uri: string): string {
  try {
    return uri.startsWith('file:') ? decodeURIComponent(new URL(uri).pathname) : uri;
  } catch {
    return uri;
  }
}

function baseName(uri: string): string {
  return path.posix.basename(uriPath(uri).replace(/\\/g, '/'));
}
