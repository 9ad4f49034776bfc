import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

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
};

/**
 * Serves a built site from a folder under a base path, on a port the system picks (so that it
 * never collides with another preview server), answering unknown paths with its 404.html, as a
 * static host does. For tests that build a fixture site of their own.
 */
export async function serveStatic(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
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
    response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
