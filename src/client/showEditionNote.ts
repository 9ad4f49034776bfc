/**
 * The one-time note suggesting the page's twin (client/editionChoice.ts decides when): the words
 * the edition link carries (data-note, data-note-link, data-dismiss, in the twin's script), a
 * link to `href`, which records the choice (`choose`), and a button that closes the note.
 */
export function showEditionNote(to: HTMLAnchorElement, href: string, choose: () => void): void {
  const note = document.createElement('p');
  note.className = 'edition-note';
  note.lang = to.lang;
  note.append(to.dataset['note'] ?? '', ' ');
  const go = document.createElement('a');
  go.href = href;
  go.hreflang = to.hreflang;
  go.textContent = to.dataset['noteLink'] ?? to.textContent;
  go.addEventListener('click', choose);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = to.dataset['dismiss'] ?? '×';
  dismiss.addEventListener('click', () => note.remove());
  note.append(go, ' ', dismiss);
  document.querySelector('.site-header')?.after(note);
}
