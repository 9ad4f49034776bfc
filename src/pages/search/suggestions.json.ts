import type { APIRoute } from 'astro';
import { getSearchSuggestions } from '../../data/getSearchSuggestions';

/** /search/suggestions.json: what the header's search dialog suggests (fetched when it is first opened). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchSuggestions()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
