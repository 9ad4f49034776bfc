/**
 * Reads CSV (RFC 4180, as src/lib/toCsv writes it) into records keyed by the header, so that
 * the tests check the downloads with a reader of their own, not with the code that wrote them.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  const [header, ...records] = rows;
  if (!header) return [];
  return records.map((cells) => {
    if (cells.length !== header.length) throw new Error(`CSV row has ${cells.length} fields, the header ${header.length}: ${cells.join(',')}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}
