/**
 * Case pages: the case timeline works without JavaScript (each mark links to its event in the
 * list). Zoom, the details card and keyboard movement load only when the reader reaches for
 * the chart (pointer or focus on it) or the browser is idle after loading, so they add almost
 * nothing to what the page loads up front.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart-id$="-timeline"]')];
let loaded = false;

function load(): void {
  if (loaded) return;
  loaded = true;
  void import('./timelineController').then(({ timelineController }) => {
    for (const figure of figures) timelineController(figure);
  });
}

if (figures.length > 0) {
  for (const figure of figures) {
    for (const type of ['pointerover', 'focusin', 'touchstart'] as const) figure.addEventListener(type, load, { once: true, passive: true });
  }
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 4000 }) : setTimeout(load, 2000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

export {};
