import { encode } from 'uqr';

/**
 * A QR code as a small inline SVG, drawn at build time (no outside service): one path, with
 * each row's runs of dark modules merged into rectangles. Dark on white whatever the colour
 * scheme, with a quiet zone of four modules, because scanners need both.
 */
export function qrCodeSvg(text: string, label: string): string {
  const border = 4;
  const { data, size } = encode(text, { ecc: 'M', border });
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
