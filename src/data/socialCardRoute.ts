import type { APIRoute, GetStaticPaths } from 'astro';
import type { EditionId } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { withCacheKey } from '../lib/withCacheKey';
import { getSocialCardImages } from './getSocialCardImages';
import { getSocialCards } from './getSocialCards';

/**
 * The card route of an edition (src/pages/og/[...card].png.ts, and its twin under
 * src/pages/zh-hant/og/): one 1200×630 PNG per case and story (/og/cases/<slug>.png, …) and the
 * site's (/og/site.png). An image cannot be converted after the build like a page's text, so each
 * edition's route draws its own.
 */
export function socialCardRoute(edition: EditionId): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const pathOf = (path: string) => (edition === 'hant' ? twinPath(path) : path);
  return {
    getStaticPaths: async () => {
      const { byPage, site } = await getSocialCards();
      // Start rendering every card now, in the background; each route below awaits its own.
      await getSocialCardImages(edition);
      return withCacheKey([...byPage.values(), site].map((card) => ({ params: { card: card.path.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { path: pathOf(card.path) } })));
    },
    GET: async ({ props }) => {
      const path = (props as { path: string }).path;
      const png = await (await getSocialCardImages(edition)).take(path);
      if (!png) throw new Error(`no social card was rendered for ${path}`);
      return new Response(png, { headers: { 'Content-Type': 'image/png' } });
    },
  };
}
