import { describe, expect, it } from 'vitest';
import { citeBibtex } from '../lib/citeBibtex';
import { citeCslJson } from '../lib/citeCslJson';
import { citeRis } from '../lib/citeRis';
import type { CitationRecord } from '../lib/citationRecord';
import { convertTextToHant } from './convertTextToHant';
import { createHantConverter } from './createHantConverter';
import type { TwinSite } from './twinUrl';

const site: TwinSite = {
  convert: createHantConverter({ exceptions: [] }).convert,
  origin: 'https://x.example',
  base: '/xinren/',
  hasTwin: () => true,
};

const record = (language: string): CitationRecord => ({
  id: 'xinren-case-x',
  type: 'webpage',
  title: '小米汽车的定金',
  authors: ['信任账本编辑部'],
  container: '信任账本',
  publisher: '信任账本',
  issued: '2026-11-22',
  url: 'https://x.example/xinren/cases/x/',
  language,
});

describe('convertTextToHant: citation files', () => {
  it('gives the site page\'s citation files the edition\'s language, title and address', () => {
    const files: [string, string][] = [
      ['.ris', citeRis(record('zh-CN'))],
      ['.bib', citeBibtex(record('zh-CN'))],
      ['.json', citeCslJson(record('zh-CN'))],
    ];
    for (const [extension, text] of files) {
      const out = convertTextToHant(text, extension, site);
      expect(out, extension).toContain('zh-Hant');
      expect(out, extension).not.toContain('zh-CN');
      expect(out, extension).toContain('小米汽車');
      expect(out, extension).toContain('https://x.example/xinren/zh-hant/cases/x/');
    }
  });

  it('keeps a source record\'s own language', () => {
    const out = convertTextToHant(citeRis(record('zh-Hans')), '.ris', site);
    expect(out).toContain('LA  - zh-Hans');
  });
});
