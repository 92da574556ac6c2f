// npm run editor -- [--port N] [--root DIR] [--dist DIR] [--lang vi|en] [--help]
// The staff editor on this machine (README "Trình biên tập"): serves the built site (dist/,
// with the headers of its _headers file, as a static host would) at http://127.0.0.1:N/
// (4322 by default) and starts Decap CMS's local backend, decap-server, which reads and
// writes the files of the repository at --root (the project folder by default) — no
// account, no network. The editor at /quan-tri/ reaches it on the same origin (/api/v1,
// forwarded here), so its Content Security Policy needs no other origin. Stop with Ctrl+C.
// Exit codes as every command (scripts/cli/run.ts): 2 when the site is not built or the port is taken.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Failure, usageFailure } from '../src/domain/failure.ts';
import { EDITOR_PATH } from '../src/site/urls.ts';
import { serveSite } from '../tests/e2e/lib/server.ts';
import { cliVi, type CliText } from '../src/i18n/cli.vi.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';

const DECAP_SERVER = path.resolve('node_modules/decap-server/dist/index.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Editor {
  /** http://127.0.0.1:PORT — the editor is at `${origin}/quan-tri/`. */
  origin: string;
  close(): Promise<void>;
}

/** decap-server on a free port (MODE fs: it writes the working tree as it is), and the site in front of it. */
export async function startEditor(options: { root: string; dist: string; port?: number; log?: (line: string) => void; text?: CliText }): Promise<Editor> {
  const t = (options.text ?? cliVi).editor;
  if (!existsSync(path.join(options.dist, ...EDITOR_PATH.split('/').filter(Boolean), 'index.html'))) {
    throw usageFailure(t.notBuilt(options.dist));
  }
  const apiPort = await freePort();
  const backend: ChildProcess = spawn(process.execPath, [DECAP_SERVER], {
    cwd: options.root,
    env: { ...process.env, PORT: String(apiPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: path.resolve(options.root), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [backend.stdout, backend.stderr]) stream?.on('data', (chunk: Buffer) => options.log?.(chunk.toString().trimEnd()));
  const api = `http://127.0.0.1:${apiPort}`;
  for (let waited = 0; ; waited += 100) {
    const answer = await fetch(`${api}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) }).catch(() => undefined);
    if (answer?.ok) break;
    if (backend.exitCode !== null || waited > 20_000) {
      backend.kill();
      throw new Failure('environment', t.backendFailed(String(backend.exitCode ?? t.unknownCode)));
    }
    await sleep(100);
  }
  try {
    const site = await serveSite(path.resolve(options.dist), { api, ...(options.port !== undefined ? { port: options.port } : {}) });
    return {
      origin: site.origin,
      close: async () => {
        await site.close();
        backend.kill();
      },
    };
  } catch (error) {
    backend.kill();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw usageFailure(t.portTaken(String(options.port)));
    throw error;
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const t = cliText(argv);
  const { values } = parseCommandArgs(
    { args: argv, options: { port: { type: 'string', default: '4322' }, root: { type: 'string', default: '.' }, dist: { type: 'string', default: 'dist' }, ...LANG_OPTIONS }, strict: true },
    t.editor.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.editor.help);
    return 0;
  }
  if (!/^\d{1,5}$/.test(values.port)) throw usageFailure(t.editor.port(values.port));
  const editor = await startEditor({ root: values.root, dist: values.dist, port: Number(values.port), log: (line) => io.err(line), text: t });
  io.out(t.editor.started(`${editor.origin}${EDITOR_PATH}`, path.resolve(values.root)));
  await new Promise<void>((resolve) => {
    const stop = () => void editor.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
