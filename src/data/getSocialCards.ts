import { formatDate } from '../lib/formatDate';
import { formatQuantity } from '../lib/formatQuantity';
import type { SocialCard } from '../og/socialCard';
import { siteConfig } from '../site.config';
import { getContentIndex } from './getContentIndex';

export interface SocialCards {
  /** Keyed by the page's site path: /cases/<slug>/, /stories/<slug>/. */
  byPage: Map<string, SocialCard>;
  /** The card of every other page. */
  site: SocialCard;
}

let cached: Promise<SocialCards> | undefined;

/**
 * The social card (og:image) of every case and story, and the site's default card, from the
 * content: built once per build, read by the page heads (image address and alt text) and by
 * the endpoint that renders the PNGs (src/pages/og/).
 */
export function getSocialCards(): Promise<SocialCards> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SocialCards> {
  const { cases, stories, figures, sources } = await getContentIndex();
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const byPage = new Map<string, SocialCard>();
  for (const entry of cases) {
    const { data } = entry;
    const key = data.keyFigure && figureById.get(data.keyFigure.id);
    const value = key?.computed.value;
    byPage.set(`/cases/${entry.id}/`, {
      path: `/og/cases/${entry.id}.png`,
      kicker: `案件档案 · ${data.line}`,
      title: data.title,
      figure:
        key && value !== undefined
          ? { value: formatQuantity(value, key.data.unit, { approx: key.approx }), label: key.data.label, date: formatDate(key.data.date) }
          : undefined,
      dek: key && value !== undefined ? undefined : data.summary,
      meta: [data.period.end ? `${formatDate(data.period.start)}—${formatDate(data.period.end)}` : `${formatDate(data.period.start)}起`, data.status],
    });
  }
  for (const entry of stories) {
    const { data } = entry;
    byPage.set(`/stories/${entry.id}/`, {
      path: `/og/stories/${entry.id}.png`,
      kicker: '专题',
      title: data.title,
      dek: data.dek,
      meta: [data.author, formatDate(data.published)],
    });
  }
  const site: SocialCard = {
    path: '/og/site.png',
    kicker: '调查档案',
    title: siteConfig.tagline,
    dek: '逐案记录承诺、经过、金额、回应与判决；每个事实都标明出处，各方说法不一时并列呈现。',
    meta: [`${cases.length}个案件`, `${sources.length}份来源`],
  };
  return { byPage, site };
}
