import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../data/getCharts';
import { toCsv } from '../../../lib/toCsv';

/** /data/charts/<chart-id>.csv: each chart's data, from the chart registry. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { charts } = await getCharts();
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { header: chart.csv.header, rows: chart.csv.rows } }));
};

export const GET: APIRoute = ({ props }) => {
  const { header, rows } = props as { header: string[]; rows: (string | number | undefined)[][] };
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
