import type { APIRoute } from 'astro';
import { getHantConverter } from '../../../editions/getHantConverter';
import { hantCardTree } from '../../../og/hantCardTree';
import { logoTree } from '../../../og/logoTree';
import { renderPng } from '../../../og/renderPng';
import { siteConfig } from '../../../site.config';

/** The Traditional edition's logo (信任賬本), for the publisher in its structured data. */
export const GET: APIRoute = async () => {
  const png = await renderPng(hantCardTree(logoTree(), getHantConverter(siteConfig.contentDir).convert), { width: 512, height: 512 });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
