import { HANT_ROOT } from './editions';

/**
 * The same page in the other script, as a site path without the base path: `/cases/x/` ↔
 * `/zh-hant/cases/x/`, `/` ↔ `/zh-hant/`. Any query or anchor is kept as it is.
 */
export function twinPath(sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`twinPath: "${sitePath}" is not a site path`);
  if (sitePath === HANT_ROOT.slice(0, -1) || sitePath.startsWith(HANT_ROOT)) return `/${sitePath.slice(HANT_ROOT.length)}`;
  return `${HANT_ROOT}${sitePath.slice(1)}`;
}
