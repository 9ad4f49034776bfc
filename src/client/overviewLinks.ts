/**
 * An overview page (/timeline/ or /losses/ past the overview's threshold): what the address asks
 * for that the overview does not show (an event or figure by #id, ?case=, a zoomed view from
 * ?from=) is on a period's page; this finds which from the build's map (<page>/periods.json,
 * fetched only then) and goes there, keeping the filters and the anchor. Without JavaScript the
 * overview links to every period's page.
 */
interface PeriodMap {
  /** Period keys (2025, 2025-03) in time order. */
  periods: string[];
  /** Event or figure id → its period. */
  items: Record<string, string>;
  /** Case id → its periods, in time order. */
  cases: Record<string, string[]>;
}

const list = document.querySelector<HTMLElement>('[data-overview-map]');
const params = new URL(location.href).searchParams;
const id = decodeURIComponent(location.hash.slice(1));
const from = params.get('from') ?? '';
const caseId = params.get('case') ?? '';

if (list && ((id && !document.getElementById(id)) || caseId || from)) {
  void fetch(list.dataset['overviewMap'] ?? '')
    .then((response) => response.json() as Promise<PeriodMap>)
    .then((map) => {
      const key =
        (id ? map.items[id] : undefined) ??
        (caseId ? map.cases[caseId]?.[0] : undefined) ??
        (from ? (map.periods.find((k) => from.startsWith(k)) ?? map.periods.find((k) => k > from.slice(0, k.length))) : undefined);
      if (key) location.replace(`${list.dataset['overviewPage'] ?? '/'}${key}/${location.search}${location.hash}`);
    });
}
