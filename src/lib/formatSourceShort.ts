/** "每日经济新闻，2018-07-23": the short form of a source, for a citation's accessible name. */
export function formatSourceShort(source: { outlet?: unknown; published?: unknown }): string {
  const outlet = typeof source.outlet === 'string' ? source.outlet : '来源';
  return source.published === undefined ? outlet : `${outlet}，${String(source.published)}`;
}
