import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feedResponse';

/** /feed.xml: every case file and story, newest update first, with both of its dates, and every correction (data/getFeeds.ts). */
export const GET: APIRoute = () => feedResponse('/feed.xml');
