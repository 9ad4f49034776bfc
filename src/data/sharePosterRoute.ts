import type { APIRoute, GetStaticPaths } from 'astro';
import type { EditionId } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { withCacheKey } from '../lib/withCacheKey';
import { getSharePosterImages } from './getSharePosterImages';
import { getSharePosters } from './getSharePosters';

/**
 * The poster route of an edition (src/pages/posters/[...poster].png.ts, and its twin under
 * src/pages/zh-hant/posters/): one 1080×1920 share poster per case and story
 * (/posters/cases/<slug>.png, …) and the site's (/posters/site.png). An image cannot be converted
 * after the build like a page's text, so each edition's route draws its own.
 */
export function sharePosterRoute(edition: EditionId): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const pathOf = (path: string) => (edition === 'hant' ? twinPath(path) : path);
  return {
    getStaticPaths: async () => {
      const posters = [...(await getSharePosters()).values()];
      // Start rendering every poster now, in the background; each route below awaits its own.
      await getSharePosterImages(edition);
      return withCacheKey(posters.map((poster) => ({ params: { poster: poster.path.replace(/^\/posters\//, '').replace(/\.png$/, '') }, props: { path: pathOf(poster.path) } })));
    },
    GET: async ({ props }) => {
      const path = (props as { path: string }).path;
      const png = await (await getSharePosterImages(edition)).take(path);
      if (!png) throw new Error(`no share poster was rendered for ${path}`);
      return new Response(png, { headers: { 'Content-Type': 'image/png' } });
    },
  };
}
