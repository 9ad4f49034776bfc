import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd } from './breadcrumbJsonLd';
import { caseJsonLd, type CaseJsonLdInput } from './caseJsonLd';
import { serialiseJsonLd } from './serialiseJsonLd';
import { storyJsonLd } from './storyJsonLd';
import { websiteJsonLd } from './websiteJsonLd';

const site = { name: '信任账本', url: 'https://example.org/', logo: 'https://example.org/og/logo.png', author: '信任账本编辑部' };
const image = { url: 'https://example.org/og/cases/c.png', alt: '卡片', width: 1200, height: 630 };

describe('caseJsonLd', () => {
  const input: CaseJsonLdInput = {
    url: 'https://example.org/cases/c/',
    title: '案件标题',
    summary: '一句话摘要。',
    published: '2026-11-22',
    updated: '2026-12-01',
    period: { start: '2025-11-14' },
    line: '家电',
    status: '进行中',
    keywords: ['冰箱', '双十一'],
    image,
    parties: [
      { name: '小米集团', type: 'Organization' },
      { name: '罗女士（化名）', type: 'Person' },
    ],
    events: [
      { id: 'e1', name: '下单', date: '2025-11-14', time: '20:00' },
      { id: 'e2', name: '报道', date: '2025-11' },
    ],
    site,
  };
  const graph = caseJsonLd(input)['@graph'] as Record<string, unknown>[];
  const [article, list] = graph as [Record<string, unknown>, Record<string, unknown>];

  it('describes the case as an Article with its dates, topic, parties and open period', () => {
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: '案件标题',
      datePublished: '2026-11-22',
      dateModified: '2026-12-01',
      inLanguage: 'zh-CN',
      temporalCoverage: '2025-11-14/..',
      mainEntityOfPage: { '@id': 'https://example.org/cases/c/' },
      about: [{ '@type': 'Thing', name: '家电' }, { '@type': 'Organization', name: '小米集团' }, { '@type': 'Person', name: '罗女士（化名）' }],
      publisher: { '@type': 'Organization', name: '信任账本', logo: { url: 'https://example.org/og/logo.png' } },
      hasPart: { '@id': 'https://example.org/cases/c/#timeline' },
    });
  });

  it('lists the events in order, each with its date and its anchor on the page', () => {
    expect(list['@type']).toBe('ItemList');
    expect(list['numberOfItems']).toBe(2);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: '下单', url: 'https://example.org/cases/c/#e1', item: { '@type': 'Event', name: '下单', startDate: '2025-11-14T20:00+08:00', url: 'https://example.org/cases/c/#e1' } },
      { '@type': 'ListItem', position: 2, name: '报道', url: 'https://example.org/cases/c/#e2', item: { '@type': 'Event', name: '报道', startDate: '2025-11', url: 'https://example.org/cases/c/#e2' } },
    ]);
  });
});

describe('storyJsonLd', () => {
  const base = { url: 'https://example.org/stories/s/', title: '专题', dek: '导语。', published: '2026-11-22', updated: '2026-11-22', keywords: [], image, cases: [{ title: '案件', url: 'https://example.org/cases/c/' }], site };

  it('is a NewsArticle by the editorial team when the story names no one', () => {
    expect(storyJsonLd({ ...base, author: '信任账本编辑部' })).toMatchObject({
      '@type': 'NewsArticle',
      headline: '专题',
      author: { '@type': 'Organization', name: '信任账本编辑部' },
      image: { url: image.url, width: 1200, height: 630 },
      about: [{ '@type': 'Article', name: '案件', url: 'https://example.org/cases/c/' }],
    });
  });

  it('credits a named author as a Person', () => {
    expect(storyJsonLd({ ...base, author: '张三' })['author']).toEqual({ '@type': 'Person', name: '张三' });
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with each address', () => {
    expect(breadcrumbJsonLd([{ name: '首页', url: 'https://example.org/' }, { name: '案件', url: 'https://example.org/cases/' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: '案件', item: 'https://example.org/cases/' },
      ],
    });
  });
});

describe('serialiseJsonLd', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script><!--' };
    const json = serialiseJsonLd(data);
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('websiteJsonLd', () => {
  it('offers the search page as a SearchAction', () => {
    expect(websiteJsonLd({ name: '信任账本', description: 'd', url: 'https://example.org/', searchUrl: 'https://example.org/search/' })).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: { urlTemplate: 'https://example.org/search/?q={search_term_string}' } },
    });
  });
});
