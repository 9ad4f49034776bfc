import { encode } from 'uqr';

/**
 * The mask uqr chose for each text. Choosing scores all eight masks, nine tenths of an encoding's
 * cost, and a build draws each address's code up to three times (the page's share panel, its
 * poster, the Traditional twin's check): with the choice remembered, the later ones encode with
 * that mask and come out the same. Kept on globalThis because the pages' bundle and the build's
 * integrations each load this module. Some 20,000 numbers at 5,000 cases.
 */
const MASKS_KEY = Symbol.for('xinren.qrCodeMasks');
const masks: Map<string, number> = ((globalThis as { [MASKS_KEY]?: Map<string, number> })[MASKS_KEY] ??= new Map());

/**
 * A QR code as a small inline SVG, drawn at build time (no outside service): one path, with
 * each row's runs of dark modules merged into rectangles. Dark on white whatever the colour
 * scheme, with a quiet zone of four modules, because scanners need both.
 */
export function qrCodeSvg(text: string, label: string): string {
  const border = 4;
  const mask = masks.get(text);
  const { data, size, maskPattern } = encode(text, { ecc: 'M', border, ...(mask === undefined ? {} : { maskPattern: mask }) });
  masks.set(text, maskPattern);
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  const escaped = label.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 4}" height="${size * 4}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
