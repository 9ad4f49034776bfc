/**
 * Share, copy and cite on case and story pages and the home page, and "copy link" on every event
 * and figure. Without this script the page still works: the Weibo link, the poster (a link to its
 * PNG), the QR code and the plain address are there, and each item's "#" is an ordinary link to
 * its anchor. The script adds the native share sheet (where the browser has one), copying
 * (announced in the page's status line), the poster full screen, an event's text with its link
 * and its Weibo post, and inside WeChat's and Weibo's own browsers the way to share there.
 * It is small and runs once; it fetches nothing but the poster when asked and, inside those
 * two apps, the site's logo for the shared link's thumbnail.
 */
import { POSTER_PIXELS } from '../og/sharePoster';
import { eventShareText } from './eventShareText';

const statusLine = document.querySelector<HTMLElement>('[data-copy-status]');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  if (!statusLine) return;
  // Emptied first, so that the same message twice is announced twice.
  statusLine.textContent = '';
  clearTimeout(clearTimer);
  setTimeout(() => {
    statusLine.textContent = message;
    clearTimer = setTimeout(() => (statusLine.textContent = ''), 5000);
  }, 50);
}

/** Copies text; where the clipboard is refused (old WebViews, no permission), selects it instead. */
async function copy(text: string, fallback: Element | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
    announce('无法自动复制，已选中文字，请长按或按 Ctrl+C 复制。');
  }
}

const all = <E extends Element = HTMLElement>(selector: string) => document.querySelectorAll<E>(selector);

// The page's public address (its canonical link), not location.href: a link opened from WeChat
// carries tracking parameters, and the one a reader passes on should not.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';
const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '';

// WeChat's and Weibo's own browsers share a page through their ··· menu (top right). There is no
// share sheet, a Weibo page opened inside WeChat does not work and the QR code points at the page
// already open: the share tools say how to share there instead (the [data-app] texts).
const ua = navigator.userAgent;
const app = /MicroMessenger/i.test(ua) ? 'wechat' : /Weibo/i.test(ua) ? 'weibo' : '';
all('[data-app]').forEach((el) => (el.hidden = el.dataset['app'] !== app));
all('[data-share-inapp], [data-poster-hint]').forEach((el) => (el.hidden = !app));
all('[data-share-outside], [data-poster-save]').forEach((el) => (el.hidden = !!app));
if (app) {
  // WeChat takes the first image of the page at least 300 px wide as the shared link's thumbnail.
  const thumb = new Image(512, 512);
  thumb.src = `${document.documentElement.dataset['base'] ?? '/'}og/logo.png`;
  thumb.alt = '';
  thumb.hidden = true;
  document.body.prepend(thumb);
}

// The citation's access date: today, on the reader's calendar (the build date without JS).
const today = new Date().toLocaleDateString('en-CA');
all('[data-cite-accessed]').forEach((el) => (el.textContent = today));

all<HTMLDialogElement>('dialog[data-poster-dialog], dialog[data-share-pointer]').forEach((dialog) => {
  // A click outside the dialog's content (on the backdrop or the dialog's own margin) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.querySelector('[data-dialog-close]')?.addEventListener('click', () => dialog.close());
});

all<HTMLButtonElement>('[data-share-native]').forEach((button) => {
  if (!app && typeof navigator.share !== 'function') return;
  button.hidden = false;
  button.addEventListener('click', () => {
    // Inside the apps: the pointer to their menu.
    if (app) return document.querySelector<HTMLDialogElement>('[data-share-pointer]')?.showModal();
    const { title, text } = button.dataset;
    navigator.share({ title: title ?? document.title, text: text ?? '', url: canonical }).catch(() => {
      // Closing the share sheet rejects too; nothing to say.
    });
  });
});

all<HTMLAnchorElement>('a[data-poster]').forEach((link) =>
  link.addEventListener('click', (event) => {
    const dialog = document.querySelector<HTMLDialogElement>('[data-poster-dialog]');
    if (!dialog) return;
    event.preventDefault();
    // The image is fetched only now (about 170 KB).
    if (!dialog.querySelector('img')) {
      const img = new Image(POSTER_PIXELS.width, POSTER_PIXELS.height);
      img.src = link.href;
      img.alt = link.dataset['poster'] ?? '';
      dialog.querySelector('h2')?.after(img);
    }
    dialog.showModal();
  }),
);

all<HTMLButtonElement>('[data-copy-target]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => {
    const target = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (target) void copy(target.textContent?.trim() ?? '', target, button.dataset['copyDone'] ?? '已复制。');
  });
});

let weibo: HTMLAnchorElement | undefined;
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  // The link still goes to its anchor (the address bar shows it); the full address is copied too.
  const url = `${canonical}${link.hash}`;
  const label = link.dataset['copyLink'] ?? link.hash;
  // An event (not a figure) goes with its title and date: "标题 — 日期 — 信任账本".
  const date = link.closest('li[data-kind]')?.querySelector('time')?.textContent?.split(' ')[0];
  if (!date) return void copy(url, null, `已复制链接：${label}`);
  void copy(`${eventShareText(label, date, site)} ${url}`, null, `已复制链接和文字：${label}`);
  // And may be posted to Weibo, within its 140 characters, link included (not inside WeChat).
  if (app === 'wechat') return;
  weibo ??= Object.assign(document.createElement('a'), { className: 'item-weibo', target: '_blank', rel: 'noopener noreferrer external', textContent: '分享到微博' });
  weibo.setAttribute('aria-label', `把“${label}”分享到微博（在新窗口打开）`);
  weibo.href = `https://service.weibo.com/share/share.php?${new URLSearchParams({ url, title: eventShareText(label, date, site, 139 - url.length) })}`;
  link.after(weibo);
});
export {};
