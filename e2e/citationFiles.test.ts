import { expect, test } from '@playwright/test';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { siteConfig } from '../src/site.config';
import { parseCitation } from './support/parseCitation';

/**
 * Every case, story and source has its citation files (RIS, BibTeX, CSL-JSON), each read back by
 * an independent parser (citation.js) and checked against the content; case and story pages carry
 * the Highwire Press and Dublin Core tags Zotero's connector reads, and link the files.
 */
const graph = readValidatedContent(siteConfig.contentDir);
const pageUrl = (path: string) => `${siteConfig.url}${siteConfig.base}${path}`;
const year = (text: string) => text.split('-').map(Number);

const pages = [
  ...graph.cases.map((c) => ({ path: `cases/${c.id}/`, title: c.data.title, authors: [siteConfig.author], issued: year(c.data.updated), url: pageUrl(`cases/${c.id}/`), published: c.data.published })),
  ...graph.stories.map((s) => ({ path: `stories/${s.id}/`, title: s.data.title, authors: [s.data.author], issued: year(s.data.updated), url: pageUrl(`stories/${s.id}/`), published: s.data.published })),
];
const sources = graph.sources.map((s) => ({ path: `sources/${s.id}/`, title: s.data.title, authors: s.data.author ? [s.data.author] : [], issued: year(s.data.published), url: s.data.url }));

test('every case, story and source has citation files that parse, and say what the content says', async ({ request }) => {
  test.setTimeout(120_000);
  for (const item of [...pages, ...sources]) {
    for (const format of ['ris', 'bib', 'json'] as const) {
      const response = await request.get(`${item.path}citation.${format}`);
      expect(response.status(), `${item.path}citation.${format}`).toBe(200);
      const parsed = parseCitation(await response.text(), format);
      // citation.js's BibTeX reader turns white space, the ideographic space of a Taiwanese title too, into one space.
      const spaced = (text: string) => text.replace(/\s+/gu, ' ');
      expect(spaced(parsed.title), `${item.path}citation.${format}`).toBe(spaced(item.title));
      expect(parsed.authors).toEqual(item.authors);
      // citation.js takes a RIS newspaper article's date from its year alone (see parseCitation's tests).
      expect(item.issued.slice(0, parsed.issued.length)).toEqual(parsed.issued);
      expect(parsed.issued.length).toBeGreaterThan(0);
      expect(parsed.url).toBe(item.url);
    }
  }
});

test('case and story pages carry Zotero\'s meta tags and link their citation files', async ({ page }) => {
  test.setTimeout(120_000);
  for (const item of pages) {
    await page.goto(item.path);
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', item.title);
    await expect(meta('citation_author')).toHaveAttribute('content', item.authors[0] ?? '');
    await expect(meta('citation_publication_date')).toHaveAttribute('content', item.issued.map((n) => String(n).padStart(2, '0')).join('/'));
    await expect(meta('DC.identifier')).toHaveAttribute('content', await page.locator('link[rel="canonical"]').getAttribute('href') ?? '');
    await expect(meta('DCTERMS.created')).toHaveAttribute('content', item.published);
    await expect(page.locator('link[rel="schema.DC"]')).toHaveCount(1);
    const links = page.locator('section.cite .citation-files a');
    await expect(links).toHaveCount(3);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['ris', 'bib', 'json'].map((f) => `${siteConfig.base}${item.path}citation.${f}`));
  }
});
