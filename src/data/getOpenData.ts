import { absoluteUrl } from '../lib/absoluteUrl';
import { siteConfig } from '../site.config';
import { EVENT_KINDS, FIGURE_KINDS, FIGURE_STATUSES, SOURCE_KINDS, UNITS } from '../schemas/vocabulary';
import { getContentIndex } from './getContentIndex';
import { CSV_CONVENTIONS, type CsvTable } from '../lib/toCsv';
import { EVENT_FIELDS, FIGURE_FIELDS, SOURCE_FIELDS } from './openDataFields';

export interface OpenData {
  /** /data/cases.json */
  cases: Record<string, unknown>;
  /** /data/events.csv, figures.csv, sources.csv: records by the documented field names (written by lib/toCsv.ts). */
  events: CsvTable;
  figures: CsvTable;
  sources: CsvTable;
}

let cached: Promise<OpenData> | undefined;

/**
 * Everything the site shows as data, for the downloads under /data/: the same index and the
 * same computed figure values the pages use, so a download cannot disagree with a page.
 */
export function getOpenData(): Promise<OpenData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<OpenData> {
  const index = await getContentIndex();
  const caseUrl = (id: string) => absoluteUrl(`/cases/${id}/`);
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

  const events: CsvTable = {
    fields: EVENT_FIELDS,
    records: index.events.map((e) => ({
      id: e.id,
      case: e.caseId,
      date: e.data.date,
      time: e.data.time,
      precision: e.when.precision,
      date_inferred: e.data.dateInferred,
      private: e.data.private,
      kind: e.data.kind,
      kind_label: EVENT_KINDS[e.data.kind],
      title: e.data.title,
      label: e.data.label,
      summary: e.data.summary,
      place: e.data.place,
      disputed: e.data.dispute !== undefined,
      sources: e.sourceIds,
      url: `${caseUrl(e.caseId)}#${e.id}`,
    })),
  };

  const figures: CsvTable = {
    fields: FIGURE_FIELDS,
    records: index.figures.map((f) => ({
      id: f.id,
      case: f.caseId,
      label: f.data.label,
      value: f.computed.value,
      stated_value: f.computed.stated,
      computed_value: f.computed.computed,
      agrees: f.computed.agrees,
      approx: f.data.approx,
      value_approx: f.approx,
      unit: f.data.unit,
      unit_label: UNITS[f.data.unit].label,
      kind: f.data.kind,
      kind_label: FIGURE_KINDS[f.data.kind],
      date: f.data.date,
      date_inferred: f.data.dateInferred,
      status: f.data.status,
      status_label: FIGURE_STATUSES[f.data.status],
      derivation: f.data.derivation && `${f.data.derivation.op}(${ids(f.data.derivation.of).join(CSV_CONVENTIONS.listSeparator)})`,
      note: f.data.note,
      sources: f.sourceIds,
      url: `${caseUrl(f.caseId)}#${f.id}`,
    })),
  };

  const sources: CsvTable = {
    fields: SOURCE_FIELDS,
    records: index.sources.map((s) => {
      const cited = index.citedBy.get(s.id);
      return {
        id: s.id,
        outlet: s.data.outlet,
        title: s.data.title,
        author: s.data.author,
        published: s.data.published,
        url: s.data.url,
        kind: s.data.kind,
        kind_label: SOURCE_KINDS[s.data.kind],
        language: s.data.language,
        via: s.data.via?.id,
        reliability: s.data.reliability,
        cited: cited ? cited.cases.size + cited.stories.size + cited.events.size + cited.figures.size : 0,
        page: absoluteUrl(`/sources/${s.id}/`),
      };
    }),
  };

  const newest = [...index.cases, ...index.stories].map((e) => e.data.updated).sort().at(-1);
  const cases = {
    title: `${siteConfig.name}：案件`,
    description: '每个案件的基本信息、当事方、小米的回应，以及它的事件、数字和来源的编号（详见 events.csv、figures.csv、sources.csv）。',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
    source: absoluteUrl('/data/'),
    updated: newest,
    count: index.cases.length,
    cases: index.cases.map((c) => {
      const { data } = c;
      return {
        id: c.id,
        url: caseUrl(c.id),
        title: data.title,
        summary: data.summary,
        line: data.line,
        status: data.status,
        period: { start: data.period.start, end: data.period.end ?? null },
        brief: data.brief,
        parties: ids(data.parties).map((id) => {
          const entity = index.entityById.get(id);
          return { id, name: entity?.data.name ?? id, kind: entity?.data.kind ?? null, pseudonym: entity?.data.pseudonym ?? false };
        }),
        response: { summary: data.response.summary, found: data.response.found, date: data.response.date ?? null, sources: ids(data.response.sources) },
        keyFigure: data.keyFigure?.id ?? null,
        keywords: data.keywords,
        sources: ids(data.sources),
        events: (index.eventsByCase.get(c.id) ?? []).map((e) => e.id),
        figures: (index.figuresByCase.get(c.id) ?? []).map((f) => f.id),
        published: data.published,
        updated: data.updated,
        corrections: [...data.corrections].sort((a, b) => b.date.localeCompare(a.date)),
      };
    }),
  };

  return { cases, events, figures, sources };
}
