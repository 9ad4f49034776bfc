/**
 * Share, copy and cite on case and story pages, and "copy link" on every event and figure.
 * Without this script the page still works: the Weibo link, the QR code and the plain address
 * are there, and each item's "#" is an ordinary link to its anchor. The script adds the native
 * share sheet (where the browser has one) and copying, announced in the page's status line.
 * It is small and runs once; it fetches nothing.
 */
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

// The page's public address (its canonical link), not location.href: a link opened from WeChat
// carries tracking parameters, and the one a reader passes on should not.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';

// The citation's access date: today, on the reader's calendar (the build date without JS).
const today = new Date().toLocaleDateString('en-CA');
document.querySelectorAll<HTMLElement>('[data-cite-accessed]').forEach((el) => (el.textContent = today));

document.querySelectorAll<HTMLButtonElement>('[data-share-native]').forEach((button) => {
  if (typeof navigator.share !== 'function') return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const { title, text } = button.dataset;
    navigator.share({ title: title ?? document.title, text: text ?? '', url: canonical }).catch(() => {
      // Closing the share sheet rejects too; nothing to say.
    });
  });
});

document.querySelectorAll<HTMLButtonElement>('[data-copy-target]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => {
    const target = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (target) void copy(target.textContent?.trim() ?? '', target, button.dataset['copyDone'] ?? '已复制。');
  });
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  // The link still goes to its anchor (the address bar shows it); the full address is copied too.
  void copy(`${canonical}${link.hash}`, null, `已复制链接：${link.dataset['copyLink'] ?? link.hash}`);
});
export {};
