import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config';
import { siteSettingsJson } from './siteSettingsJson';

describe('siteSettingsJson', () => {
  it('holds what the pages show and not where content and cache are kept', () => {
    const moved = { ...siteConfig, contentDir: '/tmp/elsewhere/content', cacheDir: '/tmp/elsewhere/cache' };
    expect(siteSettingsJson(moved)).toBe(siteSettingsJson(siteConfig));
    expect(JSON.parse(siteSettingsJson())).toEqual(expect.objectContaining({ url: siteConfig.url, base: siteConfig.base, name: siteConfig.name }));
    expect(siteSettingsJson()).not.toContain('elsewhere');
    expect(siteSettingsJson({ ...siteConfig, url: 'https://another.example' })).not.toBe(siteSettingsJson(siteConfig));
    expect(siteSettingsJson({ ...siteConfig, base: '/xinren/' })).not.toBe(siteSettingsJson({ ...siteConfig, base: '/' }));
  });
});
