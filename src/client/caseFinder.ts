/**
 * /cases/: without JavaScript the page is the full list, grouped by line of business. This shows
 * the finder's form and loads the finder (client/mountCaseFinder.ts) at once when the address
 * holds a filter or an order (a shared link), otherwise when the reader first reaches for the form.
 */
const form = document.querySelector<HTMLFormElement>('form[data-case-finder]');
let loaded = false;

function load(): void {
  if (loaded || !form) return;
  loaded = true;
  void import('./mountCaseFinder').then(({ mountCaseFinder }) => mountCaseFinder(form));
}

if (form) {
  form.hidden = false;
  if (location.search.length > 1) load();
  else for (const type of ['pointerover', 'focusin', 'touchstart', 'change'] as const) form.addEventListener(type, load, { once: true, passive: true });
}

export {};
