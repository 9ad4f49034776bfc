import { describe, expect, it } from 'vitest';
import { materialiseFixture } from '../../e2e/fixtures/materialiseFixture';
import { checkContentGraph } from './checkContentGraph';
import { checkEditorialRules } from './checkEditorialRules';
import { formatProblem } from './contentProblem';
import { loadContentGraph } from './loadContentGraph';

/** The case files the site promises; their slugs are linked and shared, so they are fixed. */
const REQUIRED_CASES = [
  'p2p-promotion-2018',
  'su7-ultra-carbon-hood',
  'su7-orders-deposits',
  'su7-crash-anhui-2025',
  'su7-ultra-crash-chengdu-2025',
  'su7-ultra-power-cap-2025',
  'su7-recalls-2025',
  'fridge-1111-orders-2025',
  'kol-wanneng-daxiong-2026',
  'mi-band-5-advertising-fine',
  'market-value-fall-2025',
];

describe('the real content', () => {
  const { graph, problems } = loadContentGraph('content');

  it('passes the build checks', () => {
    expect([...problems, ...checkContentGraph(graph)].map(formatProblem)).toEqual([]);
  });

  it('keeps the editorial rules', () => {
    expect(checkEditorialRules(graph).map(formatProblem)).toEqual([]);
  });

  it('has every promised case file', () => {
    expect(REQUIRED_CASES.filter((slug) => !graph.cases.some((c) => c.id === slug))).toEqual([]);
  });

  it('has enough events, figures, sources and long stories', () => {
    expect(graph.events.length).toBeGreaterThanOrEqual(60);
    expect(graph.figures.length).toBeGreaterThanOrEqual(40);
    expect(graph.sources.length).toBeGreaterThanOrEqual(14);
    const long = graph.stories.filter((s) => [...s.body.replace(/\[@[^\]]*\]|[\s#*\->\[\]()a-z0-9./:]/gi, '')].length >= 1500);
    expect(long.length).toBeGreaterThanOrEqual(4);
  });

  it('places each event and figure in a case whose period it fits', () => {
    const late = graph.events.filter((e) => {
      const c = graph.cases.find((k) => k.id === e.data.case);
      return c !== undefined && e.data.date.slice(0, 4) < c.data.period.start.slice(0, 4) && !e.data.kind.match(/market|promise/);
    });
    expect(late.map((e) => `${e.id} ${e.data.date}`)).toEqual([]);
  });
});

describe('the rules catch what they are for', () => {
  it('reports missing sections and uncited sources in the fixture', () => {
    const { graph } = loadContentGraph(materialiseFixture());
    const messages = checkEditorialRules(graph).map((p) => p.message);
    expect(messages).toContain('lacks the section(s) 经过、受影响的人与金额、小米的回应、法律与监管结果、悬而未决、争议之处');
  });

  it('reports a long paragraph without a citation', () => {
    const { graph } = loadContentGraph(materialiseFixture());
    const entry = graph.cases[0];
    if (!entry) throw new Error('the fixture has a case');
    entry.body += '\n\n这是一段相当长的文字，陈述了一些事实，却没有标明任何出处，这样的段落应当被检查出来，并且指出它所在的行。\n';
    const messages = checkEditorialRules(graph).map((p) => p.message);
    expect(messages.some((m) => m.startsWith('states something without a citation: “这是一段相当长的文字'))).toBe(true);
  });

  it('reports a source nobody cites', () => {
    const { graph } = loadContentGraph(materialiseFixture());
    graph.sources.push({ id: 'orphan', file: 'content/sources/orphan.yaml', data: { ...graph.sources[0]!.data } });
    expect(checkEditorialRules(graph).map((p) => p.message)).toContain('source "orphan" is not cited anywhere');
  });

  const withCases = (...bodies: string[]) => {
    const { graph } = loadContentGraph(materialiseFixture());
    const template = graph.cases[0];
    if (!template) throw new Error('the fixture has a case');
    graph.cases = bodies.map((body, i) => ({ ...template, id: `case-${i}`, file: `content/cases/case-${i}.mdx`, body }));
    return checkEditorialRules(graph).map((p) => `${p.file}: ${p.message}`);
  };

  it('reports two case files that open alike, and the “不是……而是” formula', () => {
    const messages = withCases('## 承诺与宣传\n\n这起事故牵涉的不是某一句广告词，而是一辆车。[@sample-source]\n', '## 承诺与宣传\n\n**这起事故**牵涉的不少人后来都起诉了。[@sample-source]\n');
    expect(messages).toContain(`content/cases/case-1.mdx: opens with the same 8 characters as content/cases/case-0.mdx (“这起事故牵涉的不”): open with this case's own fact`);
    expect(messages.some((m) => m.startsWith('content/cases/case-0.mdx: opens with the “不是……而是” formula'))).toBe(true);
  });

  it('reports a case file that keeps talking about the site, and a pile-up of citations', () => {
    const messages = withCases(`## 承诺与宣传\n\n${'本站查到一点。'.repeat(6)}[@a; @b; @c; @d; @e]\n`);
    expect(messages.some((m) => m.includes('says “本站” 6 times (at most 5)'))).toBe(true);
    expect(messages.some((m) => m.includes('cites 5 sources at once (at most 4)'))).toBe(true);
  });

  it('lets open questions go without a citation', () => {
    const question = '- 这起事件的最终结果如何，法院会不会支持消费者的请求，监管部门会不会介入调查，目前都还没有任何公开的消息可以说明。';
    expect(withCases(`## 悬而未决\n\n${question}\n`).filter((m) => m.includes('without a citation'))).toEqual([]);
    expect(withCases(`## 经过\n\n${question}\n`).filter((m) => m.includes('without a citation'))).toHaveLength(1);
  });
});
