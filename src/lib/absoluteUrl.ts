import { siteConfig } from '../site.config';
import { withBase } from './withBase';

/**
 * The full public address of a site path ("/cases/x/" → "https://…/xinren/cases/x/"): the
 * origin from siteConfig.url, the base path from BASE_PATH. For canonical links, social cards,
 * feeds, citations and structured data, which leave the site and must stand on their own.
 */
export function absoluteUrl(pathname: string): string {
  return new URL(withBase(pathname), `${siteConfig.url}/`).href;
}
