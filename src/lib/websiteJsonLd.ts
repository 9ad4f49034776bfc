/** The site as a schema.org WebSite, with its search (the /search/?q= page) as a SearchAction. */
export function websiteJsonLd(site: { name: string; description: string; url: string; searchUrl: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: 'zh-CN',
    potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
  };
}
