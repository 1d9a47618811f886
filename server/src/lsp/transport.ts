/**
 * How the language server talks to its client: the transport named on the command line, with two
 * guards the JSON-RPC library does not give.
 *
 * - **After `shutdown`**, a request is answered with an `InvalidRequest` error, as the LSP
 *   specification asks, and notifications other than `exit` are dropped.
 * - **A broken stream ends the process.** After a header without a valid `Content-Length`, the
 *   reader cannot find where the next message starts, and every later message would be lost in
 *   silence. The server says why on standard error (and to the client's log) and exits with code 1,
 *   so the client sees the server stop and starts a new one (VS Code does, up to five times in three
 *   minutes; other clients report the exit). A message whose JSON is malformed but whose length is
 *   right does not desynchronise the stream: the server reports it and keeps serving.
 */
import { format } from 'node:util';
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

export interface GuardOptions {
  /** Called when the stream can no longer be read message by message (a broken frame). */
  onBrokenStream?: (error: Error) => void;
}

export interface GuardedReader extends MessageReader {
  /** True once a `shutdown` request has been received. */
  readonly shutdownReceived: boolean;
}

/**
 * Errors of the framing itself (the headers), after which the reader has lost its place. A body
 * that is not JSON is a `SyntaxError` and leaves the stream in step.
 */
export function isFramingError(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof SyntaxError) return false;
  return /Content-Length|[Hh]eader/.test(error.message);
}

/** Wraps a reader so requests after `shutdown` get an error and a broken frame is reported. */
export function guardReader(reader: MessageReader, writer: MessageWriter, options: GuardOptions = {}): GuardedReader {
  let shutdown = false;
  return {
    get shutdownReceived() {
      return shutdown;
    },
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen(callback: DataCallback) {
      if (options.onBrokenStream) {
        const onBroken = options.onBrokenStream;
        reader.onError((error) => {
          if (isFramingError(error)) onBroken(error);
        });
      }
      return reader.listen((message) => {
        if (shutdown) {
          if (Message.isRequest(message)) {
            void writer.write({
              jsonrpc: '2.0',
              id: message.id,
              error: { code: ErrorCodes.InvalidRequest, message: `The server has been shut down: \`${message.method}\` is not accepted after \`shutdown\` (send \`exit\`).` },
            } as Message);
            return;
          }
          if (Message.isNotification(message) && message.method !== 'exit') return;
        }
        if (Message.isRequest(message) && message.method === 'shutdown') shutdown = true;
        callback(message);
      });
    },
  };
}

/** A server connection over the given reader and writer, guarded. Tests use it over in-memory streams. */
export function createGuardedConnection(reader: MessageReader, writer: MessageWriter, options: GuardOptions = {}): { connection: Connection; reader: GuardedReader } {
  const guarded = guardReader(reader, writer, options);
  return { connection: createConnection(ProposedFeatures.all, guarded, writer), reader: guarded };
}

/** The reader and writer for the transport named on the command line, or undefined when none is. */
export function transportFromArgs(args: readonly string[]): { kind: 'stdio' | 'ipc' | 'socket' | 'pipe'; reader: MessageReader; writer: MessageWriter } | undefined {
  const valueOf = (name: string) => {
    const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  };
  if (args.includes('--stdio')) return { kind: 'stdio', reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  if (args.includes('--node-ipc')) return { kind: 'ipc', reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  const port = valueOf('--socket');
  if (port !== undefined) {
    const [reader, writer] = createServerSocketTransport(Number(port));
    return { kind: 'socket', reader, writer };
  }
  const pipe = valueOf('--pipe');
  if (pipe !== undefined) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { kind: 'pipe', reader, writer };
  }
  return undefined;
}

/**
 * The connection of the `ics-language-server` process. A broken stream is logged and ends the
 * process with code 1; the end of the input ends it too (code 0 after `shutdown`, else 1). Over
 * standard input and output, `console` writes go to standard error, never into the protocol stream.
 */
export function processConnection(args: readonly string[]): Connection | undefined {
  const transport = transportFromArgs(args);
  if (!transport) return undefined;
  const { reader, writer } = transport;
  let ended = false;
  const fail = (error: Error) => {
    if (ended) return;
    ended = true;
    const message = `ics-language-server: the message stream is broken (${error.message.split('\n')[0]}); the server cannot tell where the next message starts, so it stops. The client should start it again.`;
    process.stderr.write(message + '\n');
    // Tell the client's log too: what the server writes is still well formed.
    const done = () => process.exit(1);
    writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message } } as Message).then(done, done);
    setTimeout(done, 1000).unref();
  };
  const { connection, reader: guarded } = createGuardedConnection(reader, writer, { onBrokenStream: fail });
  if (transport.kind === 'stdio') {
    for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = (...parts: unknown[]) => process.stderr.write(format(...parts) + '\n');
    guarded.onClose(() => {
      if (!ended) process.exit(guarded.shutdownReceived ? 0 : 1);
    });
  }
  return connection;
}
