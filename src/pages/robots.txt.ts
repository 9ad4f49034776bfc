import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absoluteUrl';

/**
 * /robots.txt: everything may be crawled (pages that should stay out of search results, the
 * 404 page and the embeds, say so with a robots noindex tag, which a crawler can only read if
 * it may fetch them); the sitemap is named by its full address. Under a base path the file is
 * not at the host's root, where crawlers look: the host's own robots.txt must point here.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
