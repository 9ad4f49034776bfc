import { siteConfig } from '../site.config';
import { withBase } from './withBase';

/**
 * A site path as an absolute address on the public site (SITE_URL and BASE_PATH), for links
 * that leave the site: CSV rows, embed code, links inside an embedded chart.
 */
export function toAbsoluteUrl(path: string): string {
  return new URL(withBase(path), `${siteConfig.url}/`).href;
}
