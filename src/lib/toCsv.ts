/** What a CSV cell may hold: text, a number, a flag, a list of ids, or nothing. */
export type CsvCell = string | number | boolean | readonly string[] | undefined;

/** A table of named columns, in file order, and its rows as records keyed by those names. */
export interface CsvTable {
  fields: readonly { name: string }[];
  records: readonly Readonly<Record<string, CsvCell>>[];
}

/**
 * How every CSV of the site writes what is not plain text (documented on /data/ from here): a
 * list (of source ids) joined by `listSeparator`, a flag as `true` or `false`, nothing as an
 * empty field.
 */
export const CSV_CONVENTIONS = { listSeparator: ';', true: 'true', false: 'false' } as const;

function cellText(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? CSV_CONVENTIONS.true : CSV_CONVENTIONS.false;
  if (typeof value === 'object') return value.join(CSV_CONVENTIONS.listSeparator);
  return String(value);
}

/**
 * Writes a table as CSV (RFC 4180): its columns in the order of `fields`, taken from each record
 * by name. A record without one of the columns, or with a column the fields do not name, is a
 * bug (the field list is what /data/ documents) and throws, naming the record and the column.
 * Fields with a comma, quote or line break are quoted, quotes doubled, lines joined with CRLF;
 * the file starts with a byte-order mark so that spreadsheet programs read the Chinese text as
 * UTF-8.
 */
export function toCsv({ fields, records }: CsvTable): string {
  const names = fields.map((f) => f.name);
  const known = new Set(names);
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = records.map((record) => {
    const which = `CSV record ${String(record['id'] ?? record['case'] ?? JSON.stringify(record).slice(0, 40))}`;
    for (const name of Object.keys(record)) if (!known.has(name)) throw new Error(`${which}: column "${name}" is not among the table's fields`);
    return names.map((name) => {
      if (!(name in record)) throw new Error(`${which}: has no column "${name}"`);
      return quote(cellText(record[name]));
    });
  });
  return `\uFEFF${[names.map(quote), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
