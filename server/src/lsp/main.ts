/**
 * The language server's entry point: `ics-language-server --stdio` for any LSP client, or started
 * by the VS Code extension over IPC (`--node-ipc`). The transport is read from the command line by
 * `processConnection` (which also guards it: see transport.ts); everything else is in `startServer`.
 */
import { startServer } from './server';
import { processConnection } from './transport';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${process.env.ICS_CHECK_VERSION ?? 'ics-language-server'}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'ics-language-server: the ICS Constitution Checker language server.',
      '',
      'Usage: ics-language-server --stdio',
      '       ics-language-server --node-ipc            (started by the VS Code extension)',
      '       ics-language-server --socket=<port>',
      '',
      'It checks YAML files that declare `kind: icb-constitution`, `integrated-care-partnership` or',
      '`place-partnership`, and leaves other YAML alone. Settings come from the client under `icsCheck`',
      'and from `.ics-check.yaml` files.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const connection = processConnection(args);
if (!connection) {
  process.stderr.write('ics-language-server: choose a transport, e.g. `ics-language-server --stdio` (see --help).\n');
  process.exit(2);
}
startServer(connection, { collectWhenIdleMs: 1000, youngGenerationBytes: 8 * 2 ** 20, warmUp: true });
