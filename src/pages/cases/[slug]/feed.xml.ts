import type { APIRoute } from 'astro';
import { getContentIndex } from '../../../data/getContentIndex';
import { feedResponse } from '../../../data/feedResponse';
import { withCacheKey } from '../../../lib/withCacheKey';

/** /cases/<slug>/feed.xml: the case file, its events and its corrections (data/getFeeds.ts). */
export const getStaticPaths = async () => withCacheKey((await getContentIndex()).cases.map((c) => ({ params: { slug: c.id } })));
export const GET: APIRoute = ({ params }) => feedResponse(`/cases/${params['slug']}/feed.xml`);
