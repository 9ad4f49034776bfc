import { textEms } from './textEms';

/**
 * Breaks a label into at most `maxLines` lines of at most `maxEms` ems each (CJK characters are
 * 1 em, Latin letters and digits about half), ending the last line with "…" when the text does
 * not fit. Pure; for SVG text, which does not wrap by itself.
 */
export function wrapLabel(text: string, maxEms: number, maxLines = 1): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    const w = textEms(char);
    if (width + w > maxEms + 1e-9) {
      if (lines.length + 1 === maxLines) {
        // Last line: make room for the ellipsis.
        const kept = [...line];
        while (kept.length && textEms(kept.join('')) + 1 > maxEms + 1e-9) kept.pop();
        lines.push(`${kept.join('')}…`);
        return lines;
      }
      lines.push(line);
      line = '';
      width = 0;
    }
    line += char;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}
