import { expect, test } from '@playwright/test';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { CASE_SECTIONS } from '../src/schemas/caseSections';
import { siteConfig } from '../src/site.config';

/**
 * Every real case page renders what its file holds. The UI's behaviour is tested on the fixture
 * site (casePage.test.ts); this sweep checks the real content the way it reaches readers, taking
 * every expectation from the content files themselves, so a correction cannot break it but a case
 * that renders wrongly (a lost section, a timeline missing an event, a citation that leads
 * nowhere) fails it.
 */
const graph = readValidatedContent(siteConfig.contentDir);
/** What the page adds from the data: 数字 only for a case that has figures. */
const pageSections = (caseId: string) => ['时间线', ...(graph.figures.some((f) => f.data.case === caseId) ? ['数字'] : []), '当事方', '相似案件', '来源'];

for (const entry of graph.cases) {
  test(`case page ${entry.id} shows its title, sections, events and citations`, async ({ page }) => {
    await page.goto(`cases/${entry.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.title);
    await expect(page).toHaveTitle(`${entry.data.title}｜${siteConfig.name}`);
    const sections = entry.data.brief ? ['小米的回应'] : CASE_SECTIONS.map((s) => s.heading);
    for (const name of [...sections, ...pageSections(entry.id)]) {
      await expect(page.locator('article').getByRole('heading', { level: 2, name, exact: true }).first()).toBeVisible();
    }
    await expect(page.locator('.keybox')).toContainText(entry.data.response.summary.slice(0, 12));

    // Every party links to its page; three similar cases, each with its reasons.
    const parties = page.locator('section:has(#parties) .entity-list dt a');
    expect((await parties.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).map((href) => href?.replace(/^.*\/entities\//, ''))).toEqual(entry.data.parties.map((id) => `${id}/`));
    const similar = page.locator('section:has(#similar) li');
    await expect(similar).toHaveCount(3);
    for (const item of await similar.all()) {
      await expect(item.getByRole('link')).toHaveAttribute('href', /\/cases\/[a-z0-9-]+\/$/);
      await expect(item.locator('.note')).toHaveText(/同类承诺|同一|同样有|都还没有|同属|回应/);
    }

    // One listed event and one mark per event of the case.
    const events = graph.events.filter((e) => e.data.case === entry.id).map((e) => e.id).sort();
    const listed = await page.locator('section:has(#timeline) .event-list > li').evaluateAll((items) => items.map((li) => li.id));
    expect([...listed].sort()).toEqual(events);
    const marks = await page.locator('section:has(#timeline) svg[data-chart="timeline"]:visible a[data-event]').evaluateAll((links) => links.map((a) => a.getAttribute('data-event')));
    expect([...new Set(marks)].sort()).toEqual(events);

    // Every citation marker leads to a numbered source whose archive page exists, and back.
    const citations = page.locator('.case-body sup.cite a');
    expect(await citations.count()).toBeGreaterThan(0);
    for (const href of new Set(await citations.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))) {
      expect(href).toMatch(/^#source-\d+$/);
      const source = page.locator(href);
      await expect(source).toHaveCount(1);
      await expect(source.getByRole('link', { name: '来源档案' })).toHaveAttribute('href', /\/sources\/[a-z0-9-]+\/$/);
      await expect(source.locator('a.backlinks')).toHaveAttribute('href', /^#cite-\d+-1$/);
    }
  });
}
