import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from './support/serveStatic';
import { DIST, sitePages } from './support/siteFiles';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every page declares a strict policy: no inline script without a hash, nothing from elsewhere', () => {
  const problems: string[] = [];
  for (const { url, file } of sitePages(base)) {
    const html = fs.readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!policy) {
      problems.push(`${url}: no policy`);
      continue;
    }
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    if (!directives.get('default-src')?.includes("'self'")) problems.push(`${url}: default-src is not 'self'`);
    if (directives.get('object-src')?.join() !== "'none'") problems.push(`${url}: object-src is not 'none'`);
    for (const name of ['script-src', 'style-src']) {
      const values = directives.get(name) ?? [];
      if (values.some((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'" || v === "'wasm-unsafe-eval'" || v === '*' || v.startsWith('http'))) {
        problems.push(`${url}: ${name} ${values.join(' ')}`);
      }
    }
    // Executable inline scripts (not JSON-LD data blocks) would need a hash; the site has none.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g)];
    if (inline.length) problems.push(`${url}: ${inline.length} inline script(s)`);
    if (/\sstyle="/.test(html)) problems.push(`${url}: a style attribute`);
    if (/\son[a-z]+="/.test(html)) problems.push(`${url}: an inline event handler`);
  }
  expect(problems).toEqual([]);
});

test('pages, search and the timeline run without a single policy violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['', 'cases/fridge-1111-orders-2025/', 'stories/su7-from-launch-to-courtroom/', 'losses/', 'embed/timeline/']) {
    await page.goto(path || './', { waitUntil: 'networkidle' });
  }
  await page.goto('timeline/', { waitUntil: 'networkidle' });
  await page.goto('search/?q=冰箱', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('with the _headers a static host would apply', () => {
  test('the headers file forbids framing except for embeds and lets only Pagefind compile WebAssembly', () => {
    const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
    expect(headers).toContain(`${base}*\n  Content-Security-Policy: default-src 'self';`);
    expect(headers).toContain(`${base}cases/*\n  Content-Security-Policy: frame-ancestors 'self'`);
    expect(headers).not.toContain(`${base}embed/*\n  Content-Security-Policy: frame-ancestors`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  test('search works, Pagefind in its worker, with no violation', async ({ page }) => {
    const server = await serveStatic(DIST, base, { headersFile: true });
    try {
      const violations = await watchViolations(page);
      const response = await page.goto(`${server.url}search/?q=${encodeURIComponent('冰箱')}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
      await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
      expect(violations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
