/**
 * A query as the index spells it: full-width letters and digits made half-width (NFKC),
 * Traditional characters the site does not use turned into the Simplified ones it does (`t2s`,
 * from the search lexicon), Latin letters lower-cased, runs of spaces made one.
 */
export function normalizeQuery(raw: string, t2s: ReadonlyMap<string, string>): string {
  let text = '';
  for (const character of raw.normalize('NFKC')) text += t2s.get(character) ?? character;
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
