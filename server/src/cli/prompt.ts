import * as readline from 'node:readline';
import type { Ask } from './init';

/**
 * Questions on a terminal, one line per answer, with the terminal's own line editing. Lines typed
 * ahead are kept for the next question. Ctrl+C stops the program before anything is written.
 */
export function terminalAsk(input: NodeJS.ReadStream, output: NodeJS.WriteStream): { ask: Ask; close: () => void } {
  let rl: readline.Interface | undefined;
  let ended = false;
  const typedAhead: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  const open = (): readline.Interface => {
    if (rl) return rl;
    rl = readline.createInterface({ input, output, terminal: true });
    rl.on('line', (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else typedAhead.push(line);
    });
    rl.on('close', () => {
      ended = true;
      while (waiting.length > 0) waiting.shift()!(undefined);
    });
    rl.on('SIGINT', () => {
      output.write('\nics-check: init stopped; nothing was written\n');
      process.exit(130);
    });
    return rl;
  };
  const ask: Ask = (question) => {
    const r = open();
    r.setPrompt(question);
    r.prompt();
    if (typedAhead.length > 0) return Promise.resolve(typedAhead.shift());
    if (ended) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return { ask, close: () => rl?.close() };
}
