import { organisationJsonLd } from './organisationJsonLd';

export interface CaseJsonLdInput {
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  /** The period the case covers (YYYY, YYYY-MM or YYYY-MM-DD). */
  period: { start: string; end?: string | undefined };
  /** Line of business (the topic) and status, as readers see them. */
  line: string;
  status: string;
  keywords: readonly string[];
  image: { url: string; alt: string; width: number; height: number };
  /** The parties, with schema.org types. */
  parties: readonly { name: string; type: 'Organization' | 'Person' | 'Product' | 'Thing' }[];
  /** The case's events in page order; id is the element id of the event on the page. */
  events: readonly { id: string; name: string; date: string; time?: string | undefined }[];
  site: { name: string; url: string; logo: string; author: string };
}

/** An event's date as ISO 8601: a day with its Beijing time where known, else as precise as known. */
function isoDate(date: string, time: string | undefined): string {
  return time && date.length === 10 ? `${date}T${time}+08:00` : date;
}

/**
 * A case file as schema.org data: an Article (its dates, the topic and parties it is about,
 * the period it covers) and its events as an ItemList, each event linking to its anchor on
 * the page. Returned as one @graph so both live in a single block.
 */
export function caseJsonLd(input: CaseJsonLdInput): Record<string, unknown> {
  const publisher = organisationJsonLd(input.site);
  const timelineId = `${input.url}#timeline`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': `${input.url}#article`,
        headline: input.title,
        description: input.summary,
        url: input.url,
        mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
        inLanguage: 'zh-CN',
        datePublished: input.published,
        dateModified: input.updated,
        temporalCoverage: `${input.period.start}/${input.period.end ?? '..'}`,
        articleSection: input.line,
        creativeWorkStatus: input.status,
        keywords: input.keywords.join(','),
        about: [{ '@type': 'Thing', name: input.line }, ...input.parties.map((p) => ({ '@type': p.type, name: p.name }))],
        author: { '@type': 'Organization', name: input.site.author, url: input.site.url },
        publisher,
        image: { '@type': 'ImageObject', url: input.image.url, width: input.image.width, height: input.image.height, caption: input.image.alt },
        isAccessibleForFree: true,
        hasPart: { '@id': timelineId },
      },
      {
        '@type': 'ItemList',
        '@id': timelineId,
        name: `${input.title}：时间线`,
        url: timelineId,
        numberOfItems: input.events.length,
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        itemListElement: input.events.map((event, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: event.name,
          url: `${input.url}#${event.id}`,
          item: { '@type': 'Event', name: event.name, startDate: isoDate(event.date, event.time), url: `${input.url}#${event.id}` },
        })),
      },
    ],
  };
}
