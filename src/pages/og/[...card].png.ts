import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCardImages } from '../../data/getSocialCardImages';
import { getSocialCards } from '../../data/getSocialCards';
import type { SocialCard } from '../../og/socialCard';

/** One 1200×630 PNG per case and story (/og/cases/<slug>.png, …) and the site's (/og/site.png). */
export const getStaticPaths = (async () => {
  const { byPage, site } = await getSocialCards();
  // Start rendering every card now, in the background; each route below awaits its own.
  await getSocialCardImages();
  return [...byPage.values(), site].map((card) => ({ params: { card: card.path.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const png = await (await getSocialCardImages()).get(props.card.path);
  if (!png) throw new Error(`no social card was rendered for ${props.card.path}`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
