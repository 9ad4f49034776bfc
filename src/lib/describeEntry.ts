/** How a problem names an entry of a list file: `"sample-order" (item 1)`, or `item 3` without a usable id. */
export function describeEntry(entry: { id: unknown; item?: number | undefined }): string | undefined {
  if (entry.item === undefined) return undefined;
  return typeof entry.id === 'string' ? `"${entry.id}" (item ${entry.item})` : `item ${entry.item}`;
}
