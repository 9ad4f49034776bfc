// npm run audit: Lighthouse (mobile settings, its defaults) on the home page, a case page,
// /timeline/ and /search/ of the built site in dist/, served with gzip as a static host would.
// Prints the four category scores per page and fails below the targets: performance 95,
// accessibility, best practices and SEO 100.
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../bench/serveStatic.ts';

const port = 4395;
const pages = ['/', '/cases/fridge-1111-orders-2025/', '/timeline/', '/search/?q=冰箱'];
const targets: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveStatic(path.resolve('dist'), port, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures: string[] = [];
const rows: string[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`http://localhost:${port}${encodeURI(page)}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const scores = Object.keys(targets).map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
    rows.push(`| ${page} | ${scores.join(' | ')} |`);
    Object.keys(targets).forEach((id, i) => {
      if ((scores[i] ?? 0) < (targets[id] ?? 100)) {
        const audits = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`)
          .slice(0, 8);
        failures.push(`${page}: ${id} ${scores[i]} < ${targets[id]}; audits below full marks: ${audits.join(', ')}`);
      }
    });
    const lcp = result.lhr.audits['largest-contentful-paint']?.displayValue;
    const tbt = result.lhr.audits['total-blocking-time']?.displayValue;
    const cls = result.lhr.audits['cumulative-layout-shift']?.displayValue;
    console.log(`${page}: LCP ${lcp}, TBT ${tbt}, CLS ${cls}`);
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(`\n| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n${rows.join('\n')}`);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
