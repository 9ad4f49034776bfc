import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/getOpenData';

/** /data/cases.json: every case with its parties, response, and the ids of its records. */
export const GET: APIRoute = async () => {
  const { cases } = await getOpenData();
  return new Response(`${JSON.stringify(cases, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
