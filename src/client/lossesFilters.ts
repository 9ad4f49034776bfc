/**
 * /losses/: filters by kind of figure and by case, kept in the address (?kind=…&case=…).
 * Rows that stay are moved up so the chart has no gaps; headings of emptied groups fold away.
 */
const form = document.querySelector<HTMLFormElement>('form[data-losses-filters]');
const figure = document.querySelector<HTMLElement>('figure[data-chart-id="losses"]');
const status = document.querySelector<HTMLElement>('[data-losses-status]');

function restack(svg: SVGSVGElement, keep: (el: SVGElement) => boolean): void {
  const parts = [...svg.querySelectorAll<SVGGElement>('g.fig-group, g.fig-row')];
  let y = Number(svg.dataset['top'] ?? 0);
  for (const part of parts) {
    const isRow = part.classList.contains('fig-row');
    const show = isRow ? keep(part) : parts.some((row) => row.classList.contains('fig-row') && row.dataset['group'] === part.dataset['group'] && keep(row));
    part.setAttribute('display', show ? 'inline' : 'none');
    if (!show) continue;
    part.setAttribute('transform', `translate(0 ${y})`);
    y += Number(part.dataset['h'] ?? 0);
  }
  for (const line of svg.querySelectorAll('line[data-grid]')) line.setAttribute('y2', String(y));
  const box = svg.viewBox.baseVal;
  svg.setAttribute('viewBox', `0 0 ${box.width} ${y + Number(svg.dataset['bottomPad'] ?? 0)}`);
}

if (form && figure) {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[data-chart="figures"]')];
  const rows = [...figure.querySelectorAll<HTMLElement>('tr[data-figure]')];
  const total = rows.length;
  const apply = (updateUrl: boolean) => {
    const data = new FormData(form);
    const kind = String(data.get('kind') ?? '');
    const caseId = String(data.get('case') ?? '');
    const keep = (el: HTMLElement | SVGElement) => (!kind || el.dataset['group'] === kind) && (!caseId || el.dataset['case'] === caseId);
    for (const svg of svgs) restack(svg, keep);
    let shown = 0;
    for (const row of rows) {
      row.hidden = !keep(row);
      if (!row.hidden) shown += 1;
    }
    if (status) status.textContent = shown === total ? `显示全部${total}个金额。` : shown === 0 ? '没有符合条件的金额。' : `显示${shown}个金额（共${total}个）。`;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [name, value] of [
        ['kind', kind],
        ['case', caseId],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(history.state, '', url);
    }
  };
  const params = new URL(location.href).searchParams;
  for (const name of ['kind', 'case']) {
    const select = form.elements.namedItem(name);
    const value = params.get(name) ?? '';
    if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  apply(false);
  // Filters apply as they change; the button is for readers without JavaScript.
  form.querySelector<HTMLButtonElement>('button[data-submit]')?.setAttribute('hidden', '');
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
}

export {};
