import { describe, expect, it } from 'vitest';
import { materialiseFixture } from '../../e2e/fixtures/materialiseFixture';
import { checkContentGraph } from './checkContentGraph';
import { formatProblem } from './contentProblem';
import { loadContentGraph } from './loadContentGraph';

function problemsOf(overlay?: string): string[] {
  const dir = materialiseFixture(overlay);
  const { graph, problems } = loadContentGraph(dir);
  return [...problems, ...checkContentGraph(graph)].map((p) => formatProblem(p).replaceAll(dir, 'content'));
}

describe('content validation on fixtures', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf()).toEqual([]);
  });

  it('names the file and field of a missing field', () => {
    expect(problemsOf('missing-field')).toEqual(['content/cases/sample-case.mdx › summary: is missing (required)']);
  });

  it('names the file, entry and field of a broken reference', () => {
    expect(problemsOf('broken-reference')).toEqual([
      'content/events/sample-case.yaml › "sample-order" (item 1) › sources[0]: refers to "no-such-source", which is not in sources',
      'content/events/sample-case.yaml › "sample-reply" (item 2) › sources[0]: refers to "no-such-source", which is not in sources',
    ]);
  });

  it('rejects an impossible date instead of rolling it into the next month', () => {
    expect(problemsOf('bad-date')).toEqual([
      'content/figures/sample-case.yaml › "sample-refund" (item 2) › date: "2025-02-30": 2025-02 has no day 30',
      'content/figures/sample-case.yaml › "sample-gap" (item 3) › date: "2025-02-30": 2025-02 has no day 30',
    ]);
  });

  it('names both files of a duplicate id', () => {
    expect(problemsOf('duplicate-id')).toEqual([
      'content/events/sample-case.yaml › "sample-order" (item 1) › id: duplicate id "sample-order": already used in content/events/more.yaml',
    ]);
  });

  it('finds a citation of a source that does not exist, with its line', () => {
    expect(problemsOf('bad-citation')).toEqual([
      'content/stories/sample-story.mdx:9 › [@missing-report]: cites "missing-report", which is not in sources',
    ]);
  });

  it('requires a derived figure that disagrees with its source to be marked disputed', () => {
    expect(problemsOf('undisputed-mismatch')).toEqual([
      'content/figures/sample-case.yaml › "sample-gap" (item 3) › status: the source states 80 元 but the figures it is derived from give 70 元: mark it "disputed" and say why in "note"',
    ]);
  });

  it('rejects a search word holding the separator of a page\'s names in the index', () => {
    expect(problemsOf('bad-search-word')).toEqual([
      'content/sources/sample-source.yaml › outlet: may not hold "|": it separates a page\'s names in the search index; write two words instead',
    ]);
  });

  it('says what type a field needs instead of calling it missing', () => {
    expect(problemsOf('wrong-type')).toEqual(['content/sources/sample-source.yaml › title: Invalid input: expected string, received number']);
  });

  it('rejects a chart label too long for the charts, naming the entry', () => {
    expect(problemsOf('long-label')).toEqual([
      'content/events/sample-case.yaml › "sample-reply" (item 2) › label: a chart label has at most 14 characters: shorten it (the title keeps the full text)',
    ]);
  });

  it('reads the synonyms table', () => {
    const { graph } = loadContentGraph(materialiseFixture());
    expect(graph.synonyms.map((g) => g.data.words)).toEqual([
      ['样品', '示例'],
      ['价钱', '价格', '售价'],
    ]);
  });

  it('names the group and the word of every problem in the synonyms table', () => {
    expect(problemsOf('bad-synonyms')).toEqual([
      'content/synonyms.yaml › "孤词" (item 2) › words: a group needs two words or more',
      'content/synonyms.yaml › "价格" (item 3) › words[1]: "示例" is already in "样品" (item 1): a word belongs to one group',
      'content/synonyms.yaml › "售价" (item 4) › words[1]: "售价" is listed twice in this group',
      'content/synonyms.yaml › item 5 › words: is missing (required)',
      'content/synonyms.yaml › item 5: unknown field(s) "word" (misspelled?)',
    ]);
  });

  it('names the entry and the field of every problem in the Traditional exceptions table', () => {
    expect(problemsOf('bad-hant-exceptions')).toEqual([
      'content/hant-exceptions.yaml › "头发" (item 1) › hant: is what OpenCC writes anyway ("頭髮"), and keeps when converting it again: the entry fixes nothing',
      'content/hant-exceptions.yaml › "写明了" (item 2) › hant: must have as many characters as text (3): the edition converts characters, never words',
      'content/hant-exceptions.yaml › "先生发现" (item 3) › hant: holds Simplified-only characters (发): write it in Traditional',
      'content/hant-exceptions.yaml › "小米面" (item 5) › text: is already listed as "小米面" (item 4)',
      'content/hant-exceptions.yaml › item 6 › text: is missing (required)',
      'content/hant-exceptions.yaml › item 6: unknown field(s) "txt" (misspelled?)',
    ]);
  });

  it('rejects a misspelled field instead of ignoring it', () => {
    expect(problemsOf('unknown-field')).toEqual([
      'content/sources/sample-source.yaml › reliability: is missing (required)',
      'content/sources/sample-source.yaml: unknown field(s) "reliabilty" (misspelled?)',
    ]);
  });

  it('rejects an event that cites a source published before it happened', () => {
    expect(problemsOf('citation-before-event')).toEqual([
      'content/events/sample-case.yaml › "sample-ruling" (item 3) › sources[0]: cites "sample-source", published 2025-11-17, before the event it supports (2025-12-02): cite a source published after it',
    ]);
  });

  it('rejects a response that comes before the problem was public, naming the case and the events', () => {
    expect(problemsOf('clock-backwards')).toEqual([
      `content/cases/sample-case.mdx › clock.response: Xiaomi's first response, "sample-reply" (2025-11-10), comes before the problem became public at "sample-order" (2025-11-14, incident): date or tag the first public complaint, report or incident, or say in clock.response why it came first`,
    ]);
  });

  it('rejects a reason for a response before the start when the response comes after it', () => {
    expect(problemsOf('clock-stale-reason')).toEqual([
      `content/cases/sample-case.mdx › clock.response: explains why Xiaomi's first response came before the problem became public, but it does not (the clock starts at "sample-order" (2025-11-14, incident)): remove it`,
    ]);
  });

  it('requires every case to have a public moment for the response clock to start from', () => {
    expect(problemsOf('clock-no-start')).toEqual([
      'content/cases/sample-case.mdx › events: no event marks when the problem became public (a complaint, report, incident not marked private): the response clock cannot start',
    ]);
  });

  it('rejects MDX imports, components and expressions, which the Markdown renderer would print as text', () => {
    expect(problemsOf('mdx-syntax')).toEqual([
      `content/stories/sample-story.mdx:9: "import Chart from '../../src/c": an MDX import or export is not rendered; the prose is Markdown (write the words, cite with [@source-id])`,
      `content/stories/sample-story.mdx:13: "<Chart": an MDX component is not rendered; the prose is Markdown (charts and tables come from the case's data)`,
      'content/stories/sample-story.mdx:15: "{": an MDX expression is not rendered; the prose is Markdown (write the value itself, or use the full-width ｛｝ in running text)',
      'content/stories/sample-story.mdx:15: "}": an MDX expression is not rendered; the prose is Markdown (write the value itself, or use the full-width ｛｝ in running text)',
    ]);
  });

  it('rejects scripts, event attributes and javascript: links in the prose, with their lines', () => {
    expect(problemsOf('unsafe-markup')).toEqual([
      'content/stories/sample-story.mdx:11: the event attribute "onerror=" is not allowed in the prose',
      'content/stories/sample-story.mdx:13: raw <script> is not allowed in the prose',
      'content/stories/sample-story.mdx:15: a "javascript:" link is not allowed in the prose',
    ]);
  });
});
