/** The site as a schema.org Organization: publisher of every page, author of the case files. */
export function organisationJsonLd(site: { name: string; url: string; logo: string }): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: site.name,
    url: site.url,
    logo: { '@type': 'ImageObject', url: site.logo, width: 512, height: 512 },
  };
}
