import { EDITIONS, HANT_PREFIX } from './editions';
import { rewriteSiteUrls } from './rewriteSiteUrls';
import type { TwinSite } from './twinUrl';

/**
 * The Traditional twin of a built file other than a page: a feed, a JSON file, a script.
 * Its Chinese is converted (a script's too: its messages, and the words the search cuts queries
 * with, which then match the Traditional index), the site's full addresses lead to their twins,
 * a feed's `xml:lang` and a citation file's language are zh-Hant, and in a script the paths Vite preloads
 * (`"_astro/x.js"`) are those of the twins.
 */
export function convertTextToHant(text: string, extension: string, site: TwinSite): string {
  let converted = rewriteSiteUrls(site.convert(text), site);
  if (extension === '.xml') converted = converted.replace(new RegExp(`xml:lang="${EDITIONS.hans.lang}"`, 'g'), `xml:lang="${EDITIONS.hant.lang}"`);
  const [from, to] = [EDITIONS.hans.lang, EDITIONS.hant.lang];
  // A citation file of the site's own page names the page's language (a source record's names
  // the original's, which is not the site's tag and stays).
  if (extension === '.ris') converted = converted.replace(new RegExp(`^LA  - ${from}$`, 'gm'), `LA  - ${to}`);
  if (extension === '.bib') converted = converted.replace(new RegExp(`langid = \\{${from}\\}`, 'g'), `langid = {${to}}`);
  if (extension === '.json') converted = converted.replace(new RegExp(`"language": ?"${from}"`, 'g'), (whole) => whole.replace(from, to));
  if (extension === '.js') converted = converted.replace(/(["'`])_astro\/([\w.-]+)(?=\1)/g, (whole, quote: string, name: string) => (site.hasTwin(`/_astro/${name}`) ? `${quote}${HANT_PREFIX}_astro/${name}` : whole));
  return converted;
}
