/**
 * The header's search, enhanced: every page's header has a plain form that sends the query to
 * /search/ (it works without JavaScript). This script, the only search code a page loads up
 * front, swaps the form for a button that opens the search dialog; `/` (outside a text field)
 * opens it too. The search itself (src/client/search/, and Pagefind's files) is loaded with
 * import() the first time the dialog opens, or as the pointer comes near the button. On the
 * search page the button and `/` go to the page's own search field instead.
 *
 * On a page opened from a search result (`?hl=冰箱`), it also loads highlightWords, which marks
 * the result's words on the page; a result leading to the page already open marks them without
 * reloading it.
 */
import { HIGHLIGHT_PARAM } from '../search/searchConfig';
import type { mountSearchUi as MountSearchUi } from './search/mountSearchUi';

const base = document.documentElement.dataset['base'] ?? '/';
const form = document.querySelector<HTMLFormElement>('[data-header-search]');
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const pageField = document.querySelector<HTMLInputElement>('[data-search-panel="page"] input[name="q"]');

let ui: Promise<ReturnType<typeof MountSearchUi>> | undefined;
function load(): Promise<ReturnType<typeof MountSearchUi>> | undefined {
  const panel = dialog?.querySelector<HTMLFormElement>('[data-search-panel]');
  if (!panel) return undefined;
  ui ??= import('./search/mountSearchUi').then(({ mountSearchUi }) => mountSearchUi(panel, { mode: 'dialog', base }));
  return ui;
}

/** Marks `words` on this page; with no anchor to go to, brings the first mark into view if it is below the fold. */
function highlight(words: string[], anchored: boolean): void {
  if (words.length === 0) return;
  void import('./highlightWords').then(({ highlightWords }) => {
    const [first] = highlightWords(words);
    if (!anchored && first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'center' });
  });
}
highlight(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM), location.hash.length > 1);

let opener: Element | null = null;
function open(): void {
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  if (!dialog || dialog.open) return;
  opener = document.activeElement;
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
  void load();
}

if (form && button && (pageField || typeof dialog?.showModal === 'function')) {
  form.hidden = true;
  button.hidden = false;
  button.addEventListener('click', open);
  button.addEventListener('pointerenter', () => void load(), { once: true });
  dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it; so does following a result or
  // a suggestion, which may lead to the page behind the dialog: then the words are marked and
  // the section is shown here, without loading the page again.
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
    else if (event.target instanceof Element) {
      const link = event.target.closest<HTMLAnchorElement>('[data-search-results] a, [data-search-suggestions] a');
      if (!link) return;
      opener = null;
      dialog.close();
      if (link.pathname !== location.pathname || link.origin !== location.origin) return;
      event.preventDefault();
      const anchor = decodeURIComponent(link.hash.slice(1));
      highlight(new URLSearchParams(link.search).getAll(HIGHLIGHT_PARAM), anchor !== '');
      if (anchor && location.hash !== link.hash) location.hash = link.hash;
      else if (anchor) document.getElementById(anchor)?.scrollIntoView();
    }
  });
  // Escape closes at once, even from a search field that still holds text (which it would clear first).
  dialog?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
  dialog?.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) {
      if (!((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) return;
    } else if (event.key !== '/') return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    open();
  });
}
