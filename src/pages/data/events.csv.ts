import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/getOpenData';
import { toCsv } from '../../lib/toCsv';

/** /data/events.csv (UTF-8 with BOM, CRLF, RFC 4180); columns documented in data/openDataFields.ts. */
export const GET: APIRoute = async () => {
  const { events } = await getOpenData();
  const csv = toCsv(events.header, events.rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
