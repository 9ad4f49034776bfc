/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped as \u003c so that no
 * text in the data ("</script>", "<!--") can end the block or open a comment; the JSON itself
 * is unchanged for any parser.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
