import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/getOpenData';
import { toCsv } from '../../lib/toCsv';

/** /data/sources.csv (UTF-8 with BOM, CRLF, RFC 4180); columns documented in data/openDataFields.ts. */
export const GET: APIRoute = async () => {
  const { sources } = await getOpenData();
  const csv = toCsv(sources.header, sources.rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
