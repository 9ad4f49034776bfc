import type { APIRoute } from 'astro';
import { logoTree } from '../../og/logoTree';
import { renderPng } from '../../og/renderPng';

/** The site's 512×512 logo, for the publisher in structured data. */
export const GET: APIRoute = async () => {
  const png = await renderPng(logoTree(), { width: 512, height: 512 });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
