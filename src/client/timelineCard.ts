export interface TimelineCard {
  /** Shows an event's details beside its mark; pinned (by a click or a deep link) it stays when the pointer leaves. */
  open(mark: SVGAElement, pin: boolean): void;
  /** Moves the open card next to its mark again (after the chart moved). */
  place(mark: SVGAElement): void;
  /** Moves the open card, if any, to where its mark now is in the chart the reader sees. */
  follow(): void;
  /** Hides the card; `returnFocus` focuses its mark again, without reopening it. */
  close(returnFocus: boolean): void;
  /** The event whose card is open and pinned, if any. */
  pinned(): string | undefined;
  /** Focuses a mark without opening its card. */
  quietFocus(mark: SVGAElement): void;
  /** Whether a focus is one quietFocus made. */
  isQuiet(): boolean;
}

/**
 * The card with an event's details, cloned from its entry in the event list (so the words exist
 * once, in the HTML that works without JavaScript). `markOf` finds an event's mark in the chart
 * the reader sees.
 */
export function timelineCard(figure: HTMLElement, markOf: (id: string) => SVGAElement | undefined): TimelineCard {
  const card = figure.querySelector<HTMLElement>('.event-card');
  let pinnedId: string | undefined;
  let quiet = false;

  function place(mark: SVGAElement): void {
    if (!card) return;
    const host = card.offsetParent;
    if (!host || getComputedStyle(card).position === 'fixed') {
      card.style.left = '';
      card.style.top = '';
      return;
    }
    const box = host.getBoundingClientRect();
    const at = (mark.querySelector('circle') ?? mark).getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.min(Math.max(0, at.left - box.left - width / 2), box.width - width);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(at.bottom - box.top + 8)}px`;
  }

  function quietFocus(mark: SVGAElement): void {
    quiet = true;
    mark.focus({ preventScroll: true });
    quiet = false;
  }

  function close(returnFocus: boolean): void {
    if (!card || card.hidden) return;
    const id = card.dataset['event'];
    card.hidden = true;
    pinnedId = undefined;
    const mark = returnFocus && id ? markOf(id) : undefined;
    if (mark) quietFocus(mark);
  }

  card?.querySelector('.event-card__close')?.addEventListener('click', () => close(true));
  card?.addEventListener('focusout', (event) => {
    if (!pinnedId && !card.contains(event.relatedTarget as Node)) close(false);
  });

  return {
    open(mark, pin) {
      const id = mark.dataset['event'] ?? '';
      const item = document.getElementById(id);
      if (!card || !item) return;
      const title = card.querySelector('.event-card__title');
      const body = card.querySelector('.event-card__body');
      const link = card.querySelector<HTMLAnchorElement>('.event-card__link');
      if (title) title.textContent = item.querySelector('.event-title')?.textContent ?? '';
      if (body) {
        const clone = item.cloneNode(true) as HTMLElement;
        clone.querySelector('.event-title')?.remove();
        clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
        body.replaceChildren(...clone.childNodes);
      }
      if (link) link.href = `#${id}`;
      card.hidden = false;
      card.classList.toggle('is-pinned', pin);
      card.dataset['event'] = id;
      pinnedId = pin ? id : undefined;
      place(mark);
    },
    place,
    follow() {
      const id = card && !card.hidden ? card.dataset['event'] : undefined;
      const mark = id ? markOf(id) : undefined;
      if (mark) place(mark);
    },
    close,
    pinned: () => pinnedId,
    quietFocus,
    isQuiet: () => quiet,
  };
}
