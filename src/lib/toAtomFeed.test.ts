import { describe, expect, it } from 'vitest';
import { toAtomFeed } from './toAtomFeed';

const feed = {
  title: '信任账本',
  subtitle: '案件 & 专题',
  siteUrl: 'https://example.org/',
  selfUrl: 'https://example.org/feed.xml',
  language: 'zh-CN',
  author: '信任账本编辑部',
  entries: [
    { url: 'https://example.org/cases/a/', title: 'A <旧>', summary: '摘要', published: '2026-01-01', updated: '2026-01-02', category: '案件', author: '信任账本编辑部' },
    { url: 'https://example.org/stories/b/', title: 'B', summary: '“引号”', published: '2026-02-01', updated: '2026-03-05', category: '专题', author: '信任账本编辑部' },
  ],
};

describe('toAtomFeed', () => {
  const xml = toAtomFeed(feed);

  it('puts the most recently updated entry first and dates the feed by it', () => {
    expect(xml.indexOf('stories/b/')).toBeLessThan(xml.indexOf('cases/a/'));
    expect(xml).toMatch(/<author><name>信任账本编辑部<\/name><\/author>\n {2}<entry>/);
    expect(xml).toContain('  <updated>2026-03-05T00:00:00+08:00</updated>\n  <author>');
  });

  it('gives every entry its publication and update dates', () => {
    expect(xml).toContain('<published>2026-01-01T00:00:00+08:00</published>\n    <updated>2026-01-02T00:00:00+08:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('escapes text', () => {
    expect(xml).toContain('<title>A &lt;旧&gt;</title>');
    expect(xml).toContain('<subtitle>案件 &amp; 专题</subtitle>');
  });
});

describe('toAtomFeed with ids of their own', () => {
  const xml = toAtomFeed({
    ...feed,
    id: 'https://example.org/cases/a/feed.xml',
    entries: [{ id: 'https://example.org/cases/a/#correction-2026-01-03', url: 'https://example.org/cases/a/#correction-2026-01-03', title: '更正：A', summary: '改正', published: '2026-01-03', updated: '2026-01-03', category: '更正（案件）', author: '信任账本编辑部' }],
  });
  it('uses the feed\'s and the entry\'s own ids where given', () => {
    expect(xml).toContain('  <id>https://example.org/cases/a/feed.xml</id>');
    expect(xml).toContain('    <id>https://example.org/cases/a/#correction-2026-01-03</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/"/>');
  });
});
