/**
 * The link to the page's twin in the other script (every page's header, data-edition-link):
 * - it keeps the address's query and anchor (`/cases/x/#event` ↔ `/zh-hant/cases/x/#event`);
 * - following it remembers the reader's choice: a later page of the other edition, opened from a
 *   link (not by going back), goes to its twin at once (location.replace);
 * - a reader who has chosen nothing, and whose browser's first Chinese language is written in
 *   the other script (navigator.languages: zh-TW, zh-HK, zh-Hant… or zh-CN, zh-Hans…), sees a
 *   note once suggesting the twin. Nothing is ever decided from that guess alone.
 */
import { HANT_PREFIX } from '../editions/editions';
import { twinPath } from '../editions/twinPath';

const CHOICE = 'xinren:edition';
const NOTE_SHOWN = 'xinren:edition-note';

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
};

const root = document.documentElement;
const own = root.lang === 'zh-Hant' ? 'hant' : 'hans';
const dataBase = root.dataset['base'] ?? '/';
const siteBase = own === 'hant' && dataBase.endsWith(HANT_PREFIX) ? dataBase.slice(0, -HANT_PREFIX.length) : dataBase;
const link = document.querySelector<HTMLAnchorElement>('a[data-edition-link]');

function twinHref(): string {
  const path = location.pathname.startsWith(siteBase) ? `/${location.pathname.slice(siteBase.length)}` : '/';
  return `${siteBase}${twinPath(path).slice(1)}${location.search}${location.hash}`;
}

/** The script a browser's first Chinese language is written in, if it says. */
function preferredScript(): 'hans' | 'hant' | undefined {
  const chinese = navigator.languages.find((tag) => /^zh\b/i.test(tag));
  if (!chinese) return undefined;
  return /^zh-(hant|tw|hk|mo)\b/i.test(chinese) ? 'hant' : 'hans';
}

function showNote(to: HTMLAnchorElement): void {
  const note = document.createElement('p');
  note.className = 'edition-note';
  note.lang = to.lang;
  note.append(to.dataset['note'] ?? '', ' ');
  const go = document.createElement('a');
  go.href = twinHref();
  go.hreflang = to.hreflang;
  go.textContent = to.dataset['noteLink'] ?? to.textContent;
  go.addEventListener('click', () => write(CHOICE, to.dataset['editionLink'] ?? ''));
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = to.dataset['dismiss'] ?? '×';
  dismiss.addEventListener('click', () => note.remove());
  note.append(go, ' ', dismiss);
  document.querySelector('.site-header')?.after(note);
  write(NOTE_SHOWN, '1');
}

if (link) {
  const target = link.dataset['editionLink'] ?? '';
  const update = () => (link.href = twinHref());
  update();
  addEventListener('hashchange', update);
  link.addEventListener('click', () => {
    update();
    write(CHOICE, target);
  });
  const chosen = read(CHOICE);
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Only pages with an address of their own (not the 404 page, shown at any address) move.
  const addressed = document.querySelector('link[rel="canonical"]') !== null;
  if (chosen === target && addressed && navigation?.type !== 'back_forward') location.replace(twinHref());
  else if (!chosen && !read(NOTE_SHOWN) && preferredScript() === target) showNote(link);
}
