/** Width of a character in ems: CJK and full-width characters 1, others about half. */
function charEms(char: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/.test(char) ? 1 : 0.55;
}

/** About how wide a label is, in ems (to place SVG text, which cannot be measured at build time). */
export function textEms(text: string): number {
  return [...text].reduce((sum, char) => sum + charEms(char), 0);
}
