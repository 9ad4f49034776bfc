import { textEms } from './textEms';

/**
 * Breaks a label into at most `maxLines` lines of at most `maxEms` ems each (CJK characters are
 * 1 em, Latin letters and digits about half), ending the last line with "…" when the text does
 * not fit; two lines that fit are balanced. Pure; for SVG text, which does not wrap by itself.
 */
export function wrapLabel(text: string, maxEms: number, maxLines = 1): string[] {
  const all = [...text];
  // Two lines that fit: break where the lines are most even ("投诉与/维权", not "投诉与维/权").
  if (maxLines === 2 && textEms(text) > maxEms && textEms(text) <= 2 * maxEms) {
    let best = 0;
    let bestWidth = Infinity;
    for (let i = 1; i < all.length; i += 1) {
      const widest = Math.max(textEms(all.slice(0, i).join('')), textEms(all.slice(i).join('')));
      if (widest <= bestWidth) [best, bestWidth] = [i, widest];
    }
    if (bestWidth <= maxEms + 1e-9) return [all.slice(0, best).join(''), all.slice(best).join('')];
  }
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const chars = all;
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
