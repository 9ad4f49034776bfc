import { organisationJsonLd } from './organisationJsonLd';

export interface StoryJsonLdInput {
  url: string;
  title: string;
  dek: string;
  author: string;
  published: string;
  updated: string;
  keywords: readonly string[];
  image: { url: string; alt: string; width: number; height: number };
  /** The case files the story draws on. */
  cases: readonly { title: string; url: string }[];
  site: { name: string; url: string; logo: string; author: string };
}

/**
 * A story as a schema.org NewsArticle. The byline is the editorial team (an Organization)
 * unless the story names a person.
 */
export function storyJsonLd(input: StoryJsonLdInput): Record<string, unknown> {
  const author =
    input.author === input.site.author
      ? { '@type': 'Organization', name: input.author, url: input.site.url }
      : { '@type': 'Person', name: input.author };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    headline: input.title,
    description: input.dek,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    inLanguage: 'zh-CN',
    datePublished: input.published,
    dateModified: input.updated,
    author,
    publisher: organisationJsonLd(input.site),
    image: { '@type': 'ImageObject', url: input.image.url, width: input.image.width, height: input.image.height, caption: input.image.alt },
    keywords: input.keywords.join(','),
    about: input.cases.map((c) => ({ '@type': 'Article', name: c.title, url: c.url })),
    isAccessibleForFree: true,
  };
}
