import type { Formatter } from './types';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { junit } from './junit';
import { github } from './github';
import { markdown } from './markdown';
import { checklist } from './checklist';
import { htmlReport } from '../render/report';
import { gitlab } from './gitlab';

export type { FileResult, FormatContext, Formatter, SkippedFile, Summary, ToolInfo } from './types';
export { summarize, displayPath } from './util';
export { JSON_FORMAT_VERSION } from './json';
export { DEFAULT_MAX_ANNOTATIONS } from './github';

/** Every report format, by the name `--format` takes. */
export const formatters = { stylish, json, sarif, junit, github, markdown, gitlab, html: htmlReport, checklist } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}
