/**
 * Writes rows as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled, lines joined with CRLF. Starts with a byte-order mark so that spreadsheet programs
 * read the Chinese text as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  const field = (value: string | number | undefined | null): string => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
