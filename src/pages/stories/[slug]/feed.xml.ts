import type { APIRoute } from 'astro';
import { getContentIndex } from '../../../data/getContentIndex';
import { feedResponse } from '../../../data/feedResponse';
import { withCacheKey } from '../../../lib/withCacheKey';

/** /stories/<slug>/feed.xml: the story, its corrections and the case files it covers (data/getFeeds.ts). */
export const getStaticPaths = async () => withCacheKey((await getContentIndex()).stories.map((s) => ({ params: { slug: s.id } })));
export const GET: APIRoute = ({ params }) => feedResponse(`/stories/${params['slug']}/feed.xml`);
