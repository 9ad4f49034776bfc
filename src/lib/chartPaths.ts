/** Where a chart's CSV download and its embeddable page live (site paths, without the base). */
export function chartPaths(id: string): { csv: string; embed: string } {
  return { csv: `/data/charts/${id}.csv`, embed: `/embed/${id}/` };
}
