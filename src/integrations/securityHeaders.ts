import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANT_PREFIX } from '../editions/editions';
import { CSP_DIRECTIVES } from '../lib/cspDirectives';

/** Folders of the built site that hold no pages of their own (assets, data, the search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'og', 'embed']);

/**
 * Writes dist/_headers, the security headers for static hosts that read one (Netlify,
 * Cloudflare Pages). Each page carries its strict policy in a <meta> tag with hashes; the header
 * adds what a meta tag cannot say and what the pages' policy would get wrong elsewhere:
 * - one policy for everything, with 'wasm-unsafe-eval' so that Pagefind's worker script, which has
 *   no meta tag, may compile its WebAssembly (on pages the meta policy, which lacks it, still
 *   applies: a page's effective policy is the intersection of both);
 * - frame-ancestors 'self' on every folder of pages of both editions (the Traditional one's under
 *   /zh-hant/), so that the site cannot be framed by others, except the /embed/ pages, which exist
 *   to be framed. (Hosts join the values of rules that match the same path, so the embed rule
 *   cannot undo a rule for "/*".)
 * - long caching of /_astro/, whose file names hash their content. The Traditional twins of the
 *   scripts (/zh-hant/_astro/) keep the Simplified files' names, which do not change when only the
 *   conversion does (an entry of the exceptions table): they are left to the host's revalidation.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const everything = [
          ...CSP_DIRECTIVES,
          "script-src 'self' 'wasm-unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
        ].join('; ');
        const framed = ['', HANT_PREFIX].flatMap((edition) => {
          const dir = `${root}${edition}`;
          if (!fs.existsSync(dir)) return [];
          const folders = fs
            .readdirSync(dir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && !NOT_PAGES.has(entry.name) && `${entry.name}/` !== HANT_PREFIX)
            .map((entry) => entry.name)
            .sort();
          return [`${base}${edition}`, `${base}${edition}index.html`, `${base}${edition}404.html`, ...folders.map((folder) => `${base}${edition}${folder}/*`)];
        });
        const lines = [
          `${base}*`,
          `  Content-Security-Policy: ${everything}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()',
          ...framed.flatMap((path) => [path, "  Content-Security-Policy: frame-ancestors 'self'"]),
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ];
        fs.writeFileSync(`${root}_headers`, lines.join('\n'));
        logger.info(`_headers: ${framed.length + 2} rules`);
      },
    },
  };
}
