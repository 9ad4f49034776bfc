import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAddresses } from './checkAddresses';
import { reportAddressCheck } from './reportAddressCheck';

/** A local server answering as the web does: fine, moved, gone, refusing HEAD, hanging. */
let server: http.Server;
let base = '';
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const answer = (status: number, headers: Record<string, string> = {}) => res.writeHead(status, headers).end(req.method === 'GET' ? 'body' : undefined);
    if (req.url === '/ok') answer(200);
    else if (req.url === '/moved') answer(301, { Location: '/ok' });
    else if (req.url === '/moved-for-good') answer(308, { Location: 'https://example.org/elsewhere' });
    else if (req.url === '/for-now') answer(302, { Location: '/ok' });
    else if (req.url === '/gone') answer(410);
    else if (req.url === '/no-head') answer(req.method === 'HEAD' ? 405 : 200);
    else if (req.url === '/broken') answer(500);
    else if (req.url === '/slow') setTimeout(() => answer(200), 2_000);
    else answer(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('checkAddresses', () => {
  it('tells fine, dead, moved, timed-out and failing addresses apart', async () => {
    const paths = ['/ok', '/moved', '/moved-for-good', '/for-now', '/gone', '/missing', '/no-head', '/broken', '/slow'];
    const verdicts = await checkAddresses(paths.map((p) => `${base}${p}`), { concurrency: 3, timeoutMs: 300 });
    const at = (p: string) => verdicts[paths.indexOf(p)];
    expect(verdicts.map((v) => v.url)).toEqual(paths.map((p) => `${base}${p}`));
    expect(at('/ok')).toMatchObject({ result: 'ok', status: 200, method: 'HEAD' });
    expect(at('/moved')).toMatchObject({ result: 'moved', status: 301, location: `${base}/ok` });
    expect(at('/moved-for-good')).toMatchObject({ result: 'moved', status: 308, location: 'https://example.org/elsewhere' });
    expect(at('/for-now')).toMatchObject({ result: 'ok', status: 302 });
    expect(at('/gone')).toMatchObject({ result: 'dead', status: 410 });
    expect(at('/missing')).toMatchObject({ result: 'dead', status: 404 });
    // A server refusing HEAD is asked again with GET.
    expect(at('/no-head')).toMatchObject({ result: 'ok', status: 200, method: 'GET' });
    expect(seen).toContain('GET /no-head');
    expect(at('/broken')).toMatchObject({ result: 'error', status: 500 });
    expect(at('/slow')).toEqual({ url: `${base}/slow`, result: 'timeout', after: 300 });
    // Redirects are reported, never followed; a dead address is not asked twice.
    expect(seen.filter((s) => s.endsWith(' /gone'))).toEqual(['HEAD /gone']);
  });

  it('keeps to its concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    await checkAddresses(Array.from({ length: 8 }, (_, i) => `${base}/ok?${i}`), { concurrency: 2, timeoutMs: 1_000, fetch: counting });
    expect(most).toBe(2);
  });
});

describe('reportAddressCheck', () => {
  it('lists the problems with the sources citing them, and counts', async () => {
    const verdicts = await checkAddresses([`${base}/ok`, `${base}/gone`, `${base}/moved`], { concurrency: 2, timeoutMs: 1_000 });
    const report = reportAddressCheck(verdicts, new Map([[`${base}/gone`, ['source-a', 'source-b']]]));
    expect(report.unreachable).toBe(false);
    expect(report.problems).toBe(2);
    expect(report.lines).toEqual([
      `dead     410 ${base}/gone  (source-a, source-b)`,
      `moved    301 ${base}/moved -> ${base}/ok  ()`,
      '3 addresses: 1 fine, 1 dead, 1 moved, 0 timed out, 0 errors',
    ]);
  });

  it('says the network is unreachable when not one address answered', async () => {
    // A port nothing listens on: every request fails before any HTTP answer.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const verdicts = await checkAddresses([`http://127.0.0.1:${port}/a`, `http://127.0.0.1:${port}/b`], { concurrency: 2, timeoutMs: 1_000 });
    expect(verdicts.map((v) => v.result)).toEqual(['error', 'error']);
    const report = reportAddressCheck(verdicts, new Map());
    expect(report.unreachable).toBe(true);
    expect(report.lines.at(-1)).toMatch(/^network unreachable: not one address answered \(.*ECONNREFUSED.*\)/);
  });
});
