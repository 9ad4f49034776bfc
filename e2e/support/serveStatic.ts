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
 * The rules of a Netlify/Cloudflare `_headers` file, applied as those hosts do: every rule whose
 * path matches (exactly, or by a trailing `*`) adds its headers, and values of a header set by
 * several rules are joined with ", ".
 */
function headersFor(rules: { path: string; headers: [string, string][] }[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function readHeadersFile(file: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves a built site from a folder under a base path, as a static host does: directory
 * addresses map to index.html and unknown paths get 404.html. The port is the system's choice
 * (so it never collides with another preview server) unless one is given. With `gzip`, text is
 * compressed as any static host would, so that an audit measures the site, not the server; with
 * `headersFile`, the site's own dist/_headers is applied, as Netlify or Cloudflare Pages would.
 * For tests that build a site of their own, the benchmarks and the Lighthouse audit.
 */
export async function serveStatic(
  dir: string,
  base: string,
  options: { port?: number; gzip?: boolean; headersFile?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = options.headersFile ? readHeadersFile(path.join(dir, '_headers')) : [];
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
    const headers = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=600',
      ...headersFor(rules, pathname),
    };
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
