import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../e2e/support/parseCitation';
import type { CitationRecord } from './citationRecord';
import { citationMetaTags } from './citationMetaTags';
import { citeBibtex } from './citeBibtex';
import { citeCslJson } from './citeCslJson';
import { citeRis } from './citeRis';

const page: CitationRecord = {
  id: 'xinren-case-sample',
  type: 'webpage',
  title: '11.11元冰箱订单被“系统错误”取消：100% & {括号} #1',
  authors: ['信任账本编辑部'],
  container: '信任账本',
  publisher: '信任账本',
  issued: '2026-12-01',
  url: 'https://example.org/xinren/cases/sample/',
  language: 'zh-CN',
  abstract: '一句话摘要，\n跨了一行。',
  keywords: ['冰箱', '系统错误'],
  note: '首次发布：2026年11月22日；最后更新：2026年12月1日。',
};
const source: CitationRecord = { id: 'xinren-source-s', type: 'article-newspaper', title: '示例报道', authors: [], container: '示例报', issued: '2025-11', language: 'zh-Hans' };

describe('citation files', () => {
  it('writes RIS with CRLF lines, TY first and ER last, and the date to its precision', () => {
    const ris = citeRis(page);
    expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris).toContain('DA  - 2026/12/01/\r\n');
    expect(ris).toContain('AB  - 一句话摘要， 跨了一行。\r\n');
    expect(citeRis(source)).toContain('DA  - 2025/11//\r\n');
  });
  it('escapes TeX in BibTeX and keeps an institutional author whole', () => {
    const bib = citeBibtex(page);
    expect(bib).toMatch(/^@online\{xinren-case-sample,\n/);
    expect(bib).toContain('title = {{11.11元冰箱订单被“系统错误”取消：100\\% \\& \\{括号\\} \\#1}}');
    expect(bib).toContain('author = {{信任账本编辑部}}');
    expect(citeBibtex(source)).toMatch(/^@article\{xinren-source-s,[\s\S]*journal = \{示例报\}[\s\S]*month = \{11\}/);
  });
  it.each(['ris', 'bib', 'json'] as const)('reads back the same item from %s with an independent parser', (format) => {
    const write = { ris: citeRis, bib: citeBibtex, json: citeCslJson }[format];
    expect(parseCitation(write(page), format)).toEqual({ type: 'webpage', title: page.title, authors: ['信任账本编辑部'], issued: [2026, 12, 1], url: page.url });
    // citation.js reads a RIS newspaper article's date from PY (the year) alone, and BibTeX's @article as a journal article.
    expect(parseCitation(write(source), format)).toMatchObject({
      type: format === 'bib' ? 'article-journal' : 'article-newspaper',
      title: '示例报道',
      authors: [],
      issued: format === 'ris' ? [2025] : [2025, 11],
    });
  });
  it('gives Zotero its Highwire Press and Dublin Core tags', () => {
    const tags = citationMetaTags({ ...page, url: page.url ?? '' }, '2026-11-22');
    const value = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    expect(value('citation_title')).toEqual([page.title]);
    expect(value('citation_author')).toEqual(['信任账本编辑部']);
    expect(value('citation_publication_date')).toEqual(['2026/12/01']);
    expect(value('citation_online_date')).toEqual(['2026/11/22']);
    expect(value('DC.identifier')).toEqual([page.url]);
    expect(value('DCTERMS.created')).toEqual(['2026-11-22']);
  });
});
