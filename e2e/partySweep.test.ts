import { expect, test } from '@playwright/test';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { siteConfig } from '../src/site.config';
import { sitePaths } from './support/sitePaths';

/**
 * Party pages over the real content (their behaviour is tested on the fixture site, in
 * partyPages.test.ts): every entity that is a party to a case has its page, listed on
 * /entities/ under its kind and in the sitemap, indexed for search as 当事方, and linking to
 * every case it is a party to; and every case links to each of its parties' pages.
 */
const graph = readValidatedContent(siteConfig.contentDir);
const casesOf = new Map<string, string[]>();
for (const c of graph.cases) for (const id of c.data.parties) casesOf.set(id, [...(casesOf.get(id) ?? []), c.id]);
const parties = graph.entities.filter((e) => casesOf.has(e.id));

test('every party to a case has its page: on /entities/, in the sitemap, in search, linking to its cases', async ({ page, request }) => {
  test.setTimeout(180_000); // every party page: grows with the content
  expect(parties.length).toBeGreaterThan(0);
  const paths = await sitePaths(request);
  await page.goto('entities/');
  const listed = await page.locator('main a[href*="/entities/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const party of parties) {
    expect(paths, party.id).toContain(`entities/${party.id}/`);
    expect(listed, party.id).toContain(`${siteConfig.base}entities/${party.id}/`);
  }
  for (const party of parties) {
    const response = await page.goto(`entities/${party.id}/`);
    expect(response?.status(), party.id).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(party.data.name);
    await expect(page.locator('[data-pagefind-filter="type:当事方"]'), party.id).toHaveCount(1);
    await expect(page.locator('[data-pagefind-body]'), party.id).toHaveCount(1);
    const cases = page.locator('section:has(#party-cases)');
    for (const caseId of casesOf.get(party.id) ?? []) {
      await expect(cases.locator(`a[href="${siteConfig.base}cases/${caseId}/"]`).first(), `${party.id} › ${caseId}`).toBeAttached();
    }
  }
});
