import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialiseFixture } from '../../e2e/fixtures/materialiseFixture';

/** Runs the real `astro build` on a broken fixture: it must stop, naming the file and field. */
function build(overlay: string): { status: number | null; output: string; dir: string } {
  const dir = materialiseFixture(overlay);
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.join(os.tmpdir(), `out-${overlay}`)], {
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, dir };
}

describe('astro build stops on bad content', () => {
  it.each([
    ['missing-field', 'cases/sample-case.mdx › summary: is missing (required)'],
    ['broken-reference', 'events/sample-case.yaml › "sample-order" (item 1) › sources[0]: refers to "no-such-source"'],
    ['bad-date', 'figures/sample-case.yaml › "sample-refund" (item 2) › date: "2025-02-30": 2025-02 has no day 30'],
    ['long-label', 'events/sample-case.yaml › "sample-reply" (item 2) › label: a chart label has at most 14 characters'],
    ['duplicate-id', 'events/sample-case.yaml › "sample-order" (item 1) › id: duplicate id "sample-order"'],
    ['citation-before-event', 'events/sample-case.yaml › "sample-ruling" (item 3) › sources[0]: cites "sample-source", published 2025-11-17, before the event'],
    ['clock-backwards', 'cases/sample-case.mdx › clock.response: Xiaomi\'s first response, "sample-reply" (2025-11-10), comes before the problem became public'],
    ['unsafe-markup', 'stories/sample-story.mdx:11: the event attribute "onerror=" is not allowed'],
    ['mdx-syntax', 'stories/sample-story.mdx:13: "<Chart": an MDX component is not rendered'],
    ['parent-cycle', 'entities/sample.yaml › "sample-company" (item 1) › parent: the chain of parents comes back to "sample-company"'],
    ['archived-before-published', 'sources/sample-source.yaml › archived.date: 2025-11-01 is before the source was published (2025-11-17)'],
    ['party-outside-case', 'events/sample-case.yaml › "sample-order" (item 1) › parties[0]: "sample-court" is not a party of case "sample-case"'],
    ['bad-synonyms', 'synonyms.yaml › "价格" (item 3) › words[1]: "示例" is already in "样品" (item 1)'],
    ['bad-hant-exceptions', 'hant-exceptions.yaml › "头发" (item 1) › hant: is what OpenCC writes anyway ("頭髮"), and keeps when converting it again: the entry fixes nothing'],
  ])('%s', (overlay, message) => {
    const { status, output, dir } = build(overlay);
    expect(status).not.toBe(0);
    expect(output).toContain('nothing was built');
    expect(output).toContain(`${dir}/${message}`);
  });
});
