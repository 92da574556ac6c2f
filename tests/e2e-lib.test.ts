import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, ScriptOutput } from './e2e/lib/run.ts';
import { serveSite } from './e2e/lib/server.ts';

/** The browser suites' runner and test server (tests/e2e/lib/), without a browser. */
describe('a standalone browser script', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-runner-'));
  const script = (name: string, body: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, body);
    return file;
  };

  it('that hangs is stopped at the time limit, and says so', async () => {
    const hanging = script('hangs.mjs', "console.log('1 passed, 0 failed'); setInterval(() => {}, 1000);\n");
    const t0 = Date.now();
    const result = await runScript(hanging, dir, new ScriptOutput(), 1);
    expect(result.stopped).toBe(true);
    expect(result.code).toBeNull();
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('that finishes in time is not stopped, and its output and exit code are kept', async () => {
    const output = new ScriptOutput();
    const result = await runScript(script('ends.mjs', "console.log('2 passed, 0 failed'); process.exitCode = 0;\n"), dir, output, 30);
    expect(result).toMatchObject({ code: 0, stopped: false });
    expect(output.text).toBe('2 passed, 0 failed\n');
  });
});

describe('the test server', () => {
  it('closes while a connection is half way through a request (the offline suite cuts the network so)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'e2e-server-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const site = await serveSite(dir);
    const socket = connect(Number(new URL(site.origin).port), '127.0.0.1');
    await new Promise((done) => socket.once('connect', done));
    // The headers never end: the server holds a request in progress on this connection.
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((done) => setTimeout(done, 200));
    const outcome = await Promise.race([site.close().then(() => 'closed'), new Promise((done) => setTimeout(() => done('still open after 5 s'), 5000))]);
    socket.destroy();
    expect(outcome).toBe('closed');
  });
});
