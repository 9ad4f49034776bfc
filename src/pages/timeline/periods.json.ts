import type { APIRoute } from 'astro';
import { getOverview } from '../../data/getOverview';

/**
 * /timeline/periods.json: past the overview's threshold, which period's page holds each event and
 * each case (client/overviewLinks.ts reads it for a deep link the overview cannot show); empty below it.
 */
export const GET: APIRoute = async () => {
  const { timeline } = await getOverview();
  const body = { periods: timeline.periods.map((p) => p.key), items: Object.fromEntries(timeline.periodOf), cases: Object.fromEntries(timeline.periodsOfCase) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
