import { HANT_ROOT } from './editions';

/** What the Traditional edition's converters need to know about the site. */
export interface TwinSite {
  /** Simplified → Traditional text (editions/createHantConverter). */
  convert: (text: string) => string;
  /** SITE_URL, without a trailing slash. */
  origin: string;
  /** BASE_PATH, with slashes at both ends ('/' at the root). */
  base: string;
  /** Whether the file at a site path (`/cases/x/index.html`, `/og/site.png`) has a Traditional twin. */
  hasTwin: (filePath: string) => boolean;
}

const HAS_HAN = /\p{Script=Han}/u;

/** The file a site path names: `/cases/x/` → `/cases/x/index.html`. */
function fileOf(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

function convertQuery(query: string, site: TwinSite): string {
  if (query === '') return query;
  return query
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return pair;
      const raw = pair.slice(at + 1);
      let value: string;
      try {
        value = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        return pair;
      }
      const twin = /^https?:\/\//.test(value) ? twinUrl(value, site) : HAS_HAN.test(value) ? site.convert(value) : value;
      return twin === value ? pair : `${pair.slice(0, at)}=${encodeURIComponent(twin)}`;
    })
    .join('&');
}

/**
 * A link as a page of the Traditional edition must write it. A link to a page or file of the site
 * (absolute, `https://…/cases/x/`, or from the root, `/cases/x/#event`) that has a Traditional
 * twin leads to the twin (`/zh-hant/cases/x/#event`), its query's Chinese converted (`?hl=前艙蓋`);
 * a link to a shared file (a data download) stays. A link elsewhere stays, unless it carries one
 * of the site's addresses in its query: a share link (Weibo's `?url=…&title=…`) then carries the
 * twin's address and the Traditional title. Relative links stay: they resolve inside the edition.
 */
export function twinUrl(url: string, site: TwinSite): string {
  const absolute = url.startsWith(`${site.origin}${site.base}`);
  const rooted = !absolute && url.startsWith(site.base) && !url.startsWith('//');
  if (!absolute && !rooted) {
    if (!/^https?:\/\//.test(url)) return url;
    const at = url.indexOf('?');
    if (at < 0 || !url.includes(encodeURIComponent(site.origin))) return url;
    const end = url.indexOf('#', at);
    const query = url.slice(at + 1, end < 0 ? undefined : end);
    return `${url.slice(0, at + 1)}${convertQuery(query, site)}${end < 0 ? '' : url.slice(end)}`;
  }
  const prefix = absolute ? `${site.origin}${site.base}` : site.base;
  const rest = url.slice(prefix.length);
  const cut = rest.search(/[?#]/);
  const pathPart = cut < 0 ? rest : rest.slice(0, cut);
  const tail = cut < 0 ? '' : rest.slice(cut);
  const sitePath = `/${pathPart}`;
  if (sitePath.startsWith(HANT_ROOT) || !site.hasTwin(fileOf(sitePath))) return url;
  const hash = tail.indexOf('#');
  const query = tail.startsWith('?') ? tail.slice(1, hash < 0 ? undefined : hash) : '';
  const anchor = hash < 0 ? '' : tail.slice(hash);
  const converted = convertQuery(query, site);
  return `${prefix}${HANT_ROOT.slice(1)}${pathPart}${converted === '' ? '' : `?${converted}`}${anchor}`;
}
