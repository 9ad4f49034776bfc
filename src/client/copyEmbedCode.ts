/**
 * The "复制代码" button beside each chart's embed code: shown only when the clipboard can be
 * written; without it (or without JavaScript) the code stays selectable in its text box.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset['copy'] ?? '');
  if (!(field instanceof HTMLTextAreaElement) || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(field.value).then(
      () => (button.textContent = '已复制'),
      () => field.select(),
    );
  });
}

export {};
