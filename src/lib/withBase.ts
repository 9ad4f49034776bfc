/**
 * Prefixes a site path with the base path the site is served from (BASE_PATH), so that every
 * internal link works whether the site lives at the root of a domain or in a folder.
 */
export function withBase(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (/^[a-z]+:/i.test(pathname) || pathname.startsWith('#')) return pathname;
  return `${base}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}
