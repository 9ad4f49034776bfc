import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidatedContent } from '../lib/readValidatedContent';
import { getHantConverter } from './getHantConverter';

/** Every text file of the real content, as one string: where each exception must occur. */
function contentText(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name) && entry.name !== 'hant-exceptions.yaml')
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** One test per entry of content/hant-exceptions.yaml, on the real content. */
describe('the Traditional exceptions table', () => {
  const { hantExceptions } = readValidatedContent('content');
  const converter = getHantConverter('content');
  const text = contentText('content');

  it('has entries', () => expect(hantExceptions.length).toBeGreaterThan(0));

  it.each(hantExceptions.map((e) => [e.data.text, e.data.hant, e.data.note] as const))('%s → %s', (simplified, hant) => {
    // OpenCC alone gets it wrong (converting the Simplified, or converting the edition's
    // Traditional again, which is how the edition is checked), the edition's converter right,
    // and the phrase is on the site.
    expect([converter.plain(simplified), converter.plain(hant)], 'OpenCC gets this right both ways: the entry is not needed').not.toEqual([hant, hant]);
    expect(converter.convert(simplified)).toBe(hant);
    const at = text.indexOf(simplified);
    expect(at, `"${simplified}" is in no content file: the entry is stale`).toBeGreaterThanOrEqual(0);
    // Where the content holds it, with what stands around it, the edition writes the entry's form.
    const around = text.slice(Math.max(0, at - 6), at + simplified.length + 6);
    expect(converter.convert(around)).toContain(hant);
  });
});
