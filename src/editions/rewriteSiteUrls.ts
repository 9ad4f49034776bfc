import { twinUrl, type TwinSite } from './twinUrl';

/**
 * Every full address of the site written out in a text (a citation, the share block's address,
 * structured data, a feed), as the Traditional edition writes it: each leads to its twin
 * (see twinUrl). An address ends at whitespace, a quote, a bracket or CJK punctuation.
 */
export function rewriteSiteUrls(text: string, site: TwinSite): string {
  const start = `${site.origin}${site.base}`;
  if (!text.includes(start)) return text;
  const pattern = new RegExp(`${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>()\\[\\]{}，。；、）」』\\\\]*`, 'g');
  return text.replace(pattern, (url) => {
    // A sentence's full stop is not part of the address it ends with.
    const trailing = /[.,;:]+$/.exec(url)?.[0] ?? '';
    const bare = url.slice(0, url.length - trailing.length);
    return twinUrl(bare, site) + trailing;
  });
}
