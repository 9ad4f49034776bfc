import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../data/getCharts';
import { toCsv, type CsvTable } from '../../../lib/toCsv';
import { withCacheKey } from '../../../lib/withCacheKey';

/** /data/charts/<chart-id>.csv: each chart's data, from the chart registry; columns documented in data/openDataFields.ts. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { charts } = await getCharts();
  return withCacheKey(charts.map((chart) => ({ params: { chart: chart.id }, props: { data: chart.csv } })));
};

export const GET: APIRoute = ({ props }) => new Response(toCsv((props as { data: CsvTable }).data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
