import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import type { Message, ResponseMessage } from 'vscode-languageserver-protocol';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'server/src/lsp/main.ts');

/** The language server as a real process over standard input and output, as Neovim or Helix start it. */
class StdioServer {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  readonly messages: Message[] = [];
  private waiters: { accept: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, ['-r', require.resolve('tsx/cjs'), SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    new StreamMessageReader(this.child.stdout).listen((m) => {
      this.messages.push(m);
      for (const w of [...this.waiters]) {
        if (w.accept(m)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    });
  }

  raw(text: string): void {
    this.child.stdin.write(text);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.raw(`Content-Length: ${body.length}\r\n\r\n${body.toString('utf8')}`);
  }

  response(id: number): Promise<ResponseMessage> {
    const done = this.messages.find((m) => (m as ResponseMessage).id === id);
    if (done) return Promise.resolve(done as ResponseMessage);
    return new Promise((resolve) => this.waiters.push({ accept: (m) => (m as ResponseMessage).id === id, resolve: (m) => resolve(m as ResponseMessage) }));
  }

  async initialize(): Promise<void> {
    this.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.ok((await this.response(1)).result, 'initialized');
    this.send({ method: 'initialized', params: {} });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

describe('language server: protocol edges', function () {
  this.timeout(60_000);

  describe('over standard input and output', () => {
    let server: StdioServer | undefined;
    afterEach(() => server?.kill());

    for (const [name, header] of [
      ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}'],
      ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}'],
    ] as const) {
      it(`${name}: the server logs why and exits with code 1 (so the client restarts it), instead of dropping every later message`, async () => {
        server = new StdioServer();
        await server.initialize();
        server.raw(header);
        const code = await server.exited;
        assert.equal(code, 1);
        assert.match(server.stderr, /ics-language-server: the message stream is broken \(.*Content-Length.*\); .* stops\. The client should start it again\./);
        const logged = server.messages.find((m) => (m as { method?: string }).method === 'window/logMessage' && /message stream is broken/.test(JSON.stringify(m)));
        assert.ok(logged, 'the client’s log is told too');
      });
    }

    it('a body that is not JSON but has the right length leaves the stream in step: the server keeps serving', async () => {
      server = new StdioServer();
      await server.initialize();
      const bad = '{"jsonrpc": "2.0", "id": 7, oops}';
      server.raw(`Content-Length: ${Buffer.byteLength(bad)}\r\n\r\n${bad}`);
      server.send({ id: 8, method: 'shutdown' });
      const reply = await server.response(8);
      assert.equal(reply.error, undefined);
      server.send({ method: 'exit' });
      assert.equal(await server.exited, 0, 'exit after shutdown is a clean exit');
    });

    it('the end of the input ends the server (code 1 without shutdown)', async () => {
      server = new StdioServer();
      await server.initialize();
      server.child.stdin.end();
      assert.equal(await server.exited, 1);
    });

    it('a request after shutdown gets InvalidRequest over the real process too', async () => {
      server = new StdioServer();
      await server.initialize();
      server.send({ id: 2, method: 'shutdown' });
      assert.equal((await server.response(2)).error, undefined);
      server.send({ id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.yaml' }, position: { line: 0, character: 0 } } });
      const reply = await server.response(3);
      assert.equal(reply.error?.code, -32600);
      server.send({ method: 'exit' });
      assert.equal(await server.exited, 0);
    });
  });

  describe('after shutdown', () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.dispose();
      h = undefined;
    });

    it('a request gets an InvalidRequest error naming the method; a second shutdown too', async () => {
      h = await startHarness();
      const uri = 'file:///work/nhs-example/constitution.yaml';
      await h.open(uri, CONSTITUTION);
      await h.diagnostics(uri);
      assert.equal(await h.request('shutdown', null), null);
      await assert.rejects(h.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }), (err: { code?: number; message?: string }) => {
        assert.equal(err.code, -32600);
        assert.match(err.message ?? '', /`textDocument\/hover` is not accepted after `shutdown`/);
        return true;
      });
      await assert.rejects(h.request('shutdown', null), (err: { code?: number }) => err.code === -32600);
    });
  });
});
