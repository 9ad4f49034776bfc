import { absoluteUrl } from '../lib/absoluteUrl';
import { describeResponseClock } from '../lib/describeResponseClock';
import { formatDate } from '../lib/formatDate';
import { pickKeyEvents } from '../lib/pickKeyEvents';
import type { SharePoster } from '../og/sharePoster';
import { siteConfig } from '../site.config';
import { getCharts } from './getCharts';
import { getContentIndex, type EventView } from './getContentIndex';
import { getSocialCards } from './getSocialCards';

/** Key events on a poster: three to five where the content has them (content/README.md asks three to six a case). */
const EVENTS = 5;

let cached: Promise<Map<string, SharePoster>> | undefined;

/**
 * The share poster of every case and story and the site's (for the home page), keyed by the
 * page's site path (/cases/<slug>/, /stories/<slug>/, /), from the content: built once per
 * build, read by the share tools (the poster's address and alt text) and by the endpoint that
 * renders the PNGs (src/pages/posters/). The key figure and the site's description are the
 * social cards' (getSocialCards); the clock is the response-time chart's row (getCharts).
 */
export function getSharePosters(): Promise<Map<string, SharePoster>> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Map<string, SharePoster>> {
  const index = await getContentIndex();
  const cards = await getSocialCards();
  const responseTimes = (await getCharts()).byId.get('response-times');
  const clockRows = new Map(responseTimes?.kind === 'response-times' ? responseTimes.rows.map((r) => [r.caseId, r]) : []);
  const keyEvents = (events: readonly EventView[], caseOrder: readonly string[], named: boolean) =>
    pickKeyEvents(
      events.map((e) => ({ id: e.id, caseId: e.caseId, kind: e.data.kind, start: e.when.start.getTime(), label: e.data.label, date: e.data.date })),
      caseOrder,
      EVENTS,
    ).map((e) => ({ date: formatDate(e.date), label: e.label ?? '', case: named ? index.caseById.get(e.caseId)?.data.short : undefined }));

  const posters = new Map<string, SharePoster>();
  for (const entry of index.cases) {
    const { data } = entry;
    const path = `/cases/${entry.id}/`;
    const card = cards.byPage.get(path);
    const clock = clockRows.get(entry.id);
    posters.set(path, {
      path: `/posters/cases/${entry.id}.png`,
      url: absoluteUrl(path),
      kicker: `案件档案 · ${data.line}`,
      title: data.title,
      figure: card?.figure,
      dek: card?.figure ? undefined : data.summary,
      status: data.status,
      meta: [data.period.end ? `${formatDate(data.period.start)}—${formatDate(data.period.end)}` : `${formatDate(data.period.start)}起`],
      events: keyEvents(index.eventsByCase.get(entry.id) ?? [], [entry.id], false),
      clock: clock?.start && { start: formatDate(clock.start.date), ...describeResponseClock(clock) },
    });
  }
  for (const entry of index.stories) {
    const { data } = entry;
    const path = `/stories/${entry.id}/`;
    const caseIds = data.cases.map((ref) => ref.id);
    posters.set(path, {
      path: `/posters/stories/${entry.id}.png`,
      url: absoluteUrl(path),
      kicker: '专题',
      title: data.title,
      dek: data.dek,
      meta: [data.author, formatDate(data.published)],
      events: keyEvents(caseIds.flatMap((id) => index.eventsByCase.get(id) ?? []), caseIds, true),
    });
  }
  posters.set('/', {
    path: '/posters/site.png',
    url: absoluteUrl('/'),
    kicker: '调查档案',
    title: siteConfig.tagline,
    dek: cards.site.dek,
    meta: [`${index.cases.length}个案件`, `${index.events.length}个事件`, `${index.sources.length}份来源`],
    events: keyEvents(index.events, index.cases.map((c) => c.id), true),
  });
  return posters;
}
