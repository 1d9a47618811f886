import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from '../api';
import { analyzeFile } from '../core/analyze';
import { displayPath } from '../core/formatters';
import { uriToPath } from '../core/formatters/util';
import { renderConstitutions } from '../core/render/constitution';
import { renderDocx } from '../core/render/docx';
import { renderHtml } from '../core/render/html';
import { renderMarkdown } from '../core/render/markdown';
import type { CliArgs } from './args';
import { InputError } from './files';

/** Where `render` reads and writes (the CLI's io). */
export interface RenderIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `ics-check render FILE… -f html|docx|md [-o OUT]`: checks the files as one system (with their
 * configuration, by `checkFiles`: the CLI's own check of its arguments), then writes the constitution as a document with the findings marked. A draft
 * with errors still renders; exit 0 when something was written, 2 when there is nothing of ours
 * to render or the output cannot be written. Writes only the `-o` file, never an input.
 */
export async function runRender(args: CliArgs, io: RenderIo, checkFiles: () => Promise<CheckResult>): Promise<number> {
  const output = args.outputs[0];
  const result = await checkFiles();
  for (const w of result.warnings) io.stderr(`ics-check: warning: ${w}\n`);
  const files = result.results.map((r) => analyzeFile(r.uri, r.output ?? r.text));
  const findings = result.results.flatMap((r) => r.findings);
  const trees = renderConstitutions(files, findings);
  if (trees.length === 0) {
    io.stderr(`ics-check: nothing to render: none of the files is an ICB constitution, partnership or place file${result.skipped.length > 0 ? ` (${result.skipped.length} skipped)` : ''}\n`);
    return 2;
  }
  const fileName = (uri: string) => {
    const p = uriToPath(uri);
    return p ? displayPath(p, io.cwd) : uri;
  };
  let target: string | undefined;
  if (output.file !== undefined) {
    target = path.resolve(io.cwd, output.file);
    if (result.results.some((r) => r.filePath === target)) throw new InputError(`-o ${output.file} is one of the files being rendered; choose another output file`);
  }
  const body: string | Buffer =
    output.format === 'docx'
      ? await renderDocx(trees, { description: `Rendered by ICS Constitution Checker from ${result.results.map((r) => displayPath(r.filePath, io.cwd)).join(', ')}` })
      : output.format === 'html'
        ? renderHtml(trees, { fileRef: fileName, fileName })
        : renderMarkdown(trees, { fileName });
  if (target === undefined) {
    io.stdout(body as string);
  } else {
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
    } catch (err) {
      throw new InputError(`cannot write ${output.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  const marked = findings.length;
  io.stderr(`ics-check: rendered ${trees.length} document${trees.length === 1 ? '' : 's'} (${trees.map((t) => t.title).join('; ')})${target ? ` to ${output.file}` : ''}${marked > 0 ? `, with ${marked} finding${marked === 1 ? '' : 's'} marked` : ''}\n`);
  return 0;
}
