import type { APIRoute } from 'astro';
import { getOverview } from '../../data/getOverview';

/**
 * /losses/periods.json: past the overview's threshold, which period's page holds each figure and
 * each case (client/overviewLinks.ts reads it for a deep link the overview cannot show); empty below it.
 */
export const GET: APIRoute = async () => {
  const { losses } = await getOverview();
  const body = { periods: losses.periods.map((p) => p.key), items: Object.fromEntries(losses.periodOf), cases: Object.fromEntries(losses.periodsOfCase) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
