import type { APIRoute, GetStaticPaths } from 'astro';
import { getSharePosterImages } from '../../data/getSharePosterImages';
import { getSharePosters } from '../../data/getSharePosters';
import type { SharePoster } from '../../og/sharePoster';

/** One 1080×1920 share poster per case and story (/posters/cases/<slug>.png, …) and the site's (/posters/site.png). */
export const getStaticPaths = (async () => {
  const posters = [...(await getSharePosters()).values()];
  // Start rendering every poster now, in the background; each route below awaits its own.
  await getSharePosterImages();
  return posters.map((poster) => ({ params: { poster: poster.path.replace(/^\/posters\//, '').replace(/\.png$/, '') }, props: { poster } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ poster: SharePoster }> = async ({ props }) => {
  const png = await (await getSharePosterImages()).get(props.poster.path);
  if (!png) throw new Error(`no share poster was rendered for ${props.poster.path}`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
