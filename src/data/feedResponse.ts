import { toAtomFeed } from '../lib/toAtomFeed';
import { getFeeds } from './getFeeds';

/** The Atom feed at a site path (/feed.xml, /cases/<id>/feed.xml), as its endpoint sends it. */
export async function feedResponse(path: string): Promise<Response> {
  const feed = (await getFeeds()).get(path);
  if (!feed) throw new Error(`no feed at ${path}`);
  return new Response(toAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
