import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/getOpenData';
import { toCsv, type CsvTable } from '../../lib/toCsv';
import { withCacheKey } from '../../lib/withCacheKey';

/** /data/events.csv, figures.csv and sources.csv (UTF-8 with BOM, CRLF, RFC 4180); columns documented in data/openDataFields.ts. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { events, figures, sources } = await getOpenData();
  return withCacheKey(Object.entries({ events, figures, sources }).map(([table, data]) => ({ params: { table }, props: { data } })));
};

export const GET: APIRoute = ({ props }) => new Response(toCsv((props as { data: CsvTable }).data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
