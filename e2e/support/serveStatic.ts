import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /\.(html|js|css|json|xml|csv|txt|svg|wasm)$/;

/**
 * Serves a built site from a folder under a base path, as a static host does: directory
 * addresses map to index.html and unknown paths get 404.html. The port is the system's choice
 * (so it never collides with another preview server) unless one is given. With `gzip`, text is
 * compressed as any static host would, so that an audit measures the site, not the server.
 * For tests that build a site of their own, the benchmarks and the Lighthouse audit.
 */
export async function serveStatic(
  dir: string,
  base: string,
  options: { port?: number; gzip?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = path.join(dir, pathname.slice(base.length));
      if (!candidate.startsWith(dir)) file = undefined;
      else if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) file = candidate;
      else if (fs.existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
    }
    const status = file ? 200 : 404;
    file ??= path.join(dir, '404.html');
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=600' };
    if (options.gzip && COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
      fs.createReadStream(file).pipe(zlib.createGzip()).pipe(response);
      return;
    }
    response.writeHead(status, headers);
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
