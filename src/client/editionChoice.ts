/**
 * The link to the page's twin in the other script (every page's header, data-edition-link):
 * - it keeps the address's query and anchor (`/cases/x/#event` ↔ `/zh-hant/cases/x/#event`);
 * - following it remembers the reader's choice: a later page of the other edition, opened from a
 *   link (not by going back), goes to its twin at once (location.replace);
 * - a reader who has chosen nothing, and whose browser's first Chinese language is written in
 *   the other script (navigator.languages: zh-TW, zh-HK, zh-Hant… or zh-CN, zh-Hans…), sees a
 *   note once suggesting the twin. Nothing is ever decided from that guess alone.
 */

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

const link = document.querySelector<HTMLAnchorElement>('a[data-edition-link]');

/** The script a browser's first Chinese language is written in, if it says. */
function preferredScript(): 'hans' | 'hant' | undefined {
  const chinese = navigator.languages.find((tag) => /^zh\b/i.test(tag));
  if (!chinese) return undefined;
  return /^zh-(hant|tw|hk|mo)\b/i.test(chinese) ? 'hant' : 'hans';
}

if (link) {
  const target = link.dataset['editionLink'] ?? '';
  // The build writes the twin's address (editions/editionLinkHtml); the page's query and anchor follow it.
  const twin = link.href.replace(/[?#].*$/, '');
  const twinHref = () => `${twin}${location.search}${location.hash}`;
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
  else if (!chosen && !read(NOTE_SHOWN) && preferredScript() === target) {
    // The note's code loads only for the few readers who see it (the header's script is on every page).
    write(NOTE_SHOWN, '1');
    void import('./showEditionNote').then(({ showEditionNote }) => showEditionNote(link, twinHref(), () => write(CHOICE, target)));
  }
}
