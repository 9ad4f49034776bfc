import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './support/siteFiles';

/**
 * The timelines as readers see them, in Chromium with real CJK fonts (CI installs
 * fonts-noto-cjk), at a phone's and a laptop's width, with and without JavaScript: no two texts
 * of a chart overlap (event labels, tick labels, lane names), every label stays inside its SVG,
 * and the key events named reach the targets (10 on a laptop and 6 on a phone for the site-wide
 * timeline, 3 on every case timeline).
 */
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, site: 6 },
  { name: 'laptop', viewport: { width: 1366, height: 900 }, site: 10 },
];
const CASES = fs.readdirSync(path.join(DIST, 'cases')).filter((slug) => fs.existsSync(path.join(DIST, 'cases', slug, 'index.html')));

interface ChartText {
  /** The chart's id (its figure) and which rendering (wide or narrow). */
  chart: string;
  named: string[];
  overlaps: string[];
  outside: string[];
}

/** Every visible timeline SVG on the page: the events it names, texts that overlap (by more than half a pixel), texts (labels, ticks, lane names) reaching outside it. */
async function readCharts(page: Page, chart = 'timeline'): Promise<ChartText[]> {
  return page.locator(`svg[data-chart="${chart}"]:visible`).evaluateAll((svgs) =>
    svgs.map((svg) => {
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '');
      const boxes = texts.map((t) => ({ text: (t.firstChild?.nodeType === 3 ? t.firstChild.textContent : [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('')) ?? '', box: t.getBoundingClientRect() }));
      const overlaps: string[] = [];
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`"${a.text}" × "${b.text}" (${x.toFixed(1)}×${y.toFixed(1)} px)`);
        }
      });
      const outside = boxes
        .filter((b) => b.box.left < frame.left - 0.5 || b.box.right > frame.right + 0.5 || b.box.top < frame.top - 0.5 || b.box.bottom > frame.bottom + 0.5)
        .map((b) => b.text);
      const named = [...new Set([...svg.querySelectorAll('text[data-for]')].filter((t) => t.getClientRects().length > 0).map((t) => t.getAttribute('data-for') ?? ''))];
      return { chart: `${svg.closest('figure')?.id} ${svg.classList.contains('chart-wide') ? 'wide' : 'narrow'}`, named, overlaps, outside };
    }),
  );
}

function expectClean(charts: readonly ChartText[]): void {
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    expect(chart.overlaps, `${chart.chart}: texts overlap`).toEqual([]);
    expect(chart.outside, `${chart.chart}: texts outside the SVG`).toEqual([]);
  }
}

for (const screen of SCREENS) {
  for (const javaScript of [false, true]) {
    test.describe(`${screen.name} (${screen.viewport.width} px), ${javaScript ? 'with' : 'without'} JavaScript`, () => {
      test.use({ viewport: screen.viewport, javaScriptEnabled: javaScript });

      for (const [where, path] of [
        ['the home page', ''],
        ['/timeline/', 'timeline/'],
      ] as const) {
        test(`${where} names at least ${screen.site} events on the site-wide timeline, and no text overlaps`, async ({ page }) => {
          await page.goto(path);
          const charts = await readCharts(page);
          expectClean(charts);
          const site = charts.find((c) => c.chart.startsWith('timeline '));
          console.log(`[labels] ${screen.viewport.width} px, JS ${javaScript ? 'on' : 'off'}, /${path}: ${site?.named.length} events named`);
          expect(site?.named.length ?? 0).toBeGreaterThanOrEqual(screen.site);
        });
      }

      test('the response-time chart’s texts neither overlap nor leave it', async ({ page }) => {
        await page.goto('timeline/');
        const charts = await readCharts(page, 'response-times');
        expect(charts).toHaveLength(1);
        expectClean(charts);
      });

      test('every case timeline names at least 3 events, and no text overlaps', async ({ page }) => {
        test.setTimeout(30_000 + CASES.length * 5_000);
        const named: string[] = [];
        for (const slug of CASES) {
          await page.goto(`cases/${slug}/`);
          const charts = await readCharts(page);
          expectClean(charts);
          const own = charts.find((c) => c.chart.startsWith(`${slug}-timeline`));
          named.push(`${slug} ${own?.named.length}`);
          expect(own?.named.length ?? 0, slug).toBeGreaterThanOrEqual(3);
        }
        console.log(`[labels] ${screen.viewport.width} px, JS ${javaScript ? 'on' : 'off'}, case timelines: ${named.join(', ')}`);
      });
    });
  }

  test.describe(`${screen.name}: zooming in`, () => {
    test.use({ viewport: screen.viewport });

    test('names more of the events in view, placed by the same rules', async ({ page }) => {
      await page.goto('timeline/');
      const whole = (await readCharts(page)).find((c) => c.chart.startsWith('timeline '))?.named ?? [];
      // The crowded weeks of November 2025, from the address (the view a reader can share).
      await page.goto('timeline/?from=2025-11-10&to=2025-12-10');
      await expect(page.locator('[data-timeline-status]')).toContainText('2025年11月');
      await expect.poll(async () => (await readCharts(page)).find((c) => c.chart.startsWith('timeline '))?.named.filter((id) => !whole.includes(id)).length ?? 0).toBeGreaterThan(0);
      const zoomed = await readCharts(page);
      expectClean(zoomed);
      console.log(`[labels] ${screen.viewport.width} px, zoomed to 2025-11-10…2025-12-10: ${zoomed.find((c) => c.chart.startsWith('timeline '))?.named.length} named (whole view: ${whole.length})`);
      // And back to the whole view: the build's placement again.
      await page.getByRole('button', { name: '全部时间' }).click();
      await expect.poll(async () => (await readCharts(page)).find((c) => c.chart.startsWith('timeline '))?.named.length).toBe(whole.length);
    });
  });
}
