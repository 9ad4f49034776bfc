import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards } from '../../data/getSocialCards';
import { renderPng } from '../../og/renderPng';
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from '../../og/socialCard';
import { socialCardTree } from '../../og/socialCardTree';

/** One 1200×630 PNG per case and story (/og/cases/<slug>.png, …) and the site's (/og/site.png). */
export const getStaticPaths = (async () => {
  const { byPage, site } = await getSocialCards();
  return [...byPage.values(), site].map((card) => ({ params: { card: card.path.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const png = await renderPng(socialCardTree(props.card), { width: CARD_WIDTH, height: CARD_HEIGHT });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
