import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fonts as fontFiles } from '@embedpdf/fonts-sc';
import satori from 'satori';
import type { CardNode } from './socialCard';

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

let loaded: Promise<SatoriFont[]> | undefined;

/**
 * Noto Sans SC (OpenType/CFF from the @embedpdf/fonts-sc package; satori reads OTF/TTF, not
 * woff2), regular and bold, read once per build and shared by every card: satori parses a
 * font on first use (≈0.3 s for these 8 MB files) and reuses it after that.
 */
function loadFonts(): Promise<SatoriFont[]> {
  loaded ??= (async () => {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    const pick = async (weight: 400 | 700): Promise<SatoriFont> => {
      const file = fontFiles.find((f) => f.weight === weight)?.file;
      if (!file) throw new Error(`@embedpdf/fonts-sc has no font of weight ${weight}`);
      return { name: 'Noto Sans SC', data: await fs.readFile(path.join(dir, file)), weight, style: 'normal' };
    };
    return Promise.all([pick(400), pick(700)]);
  })();
  return loaded;
}

/**
 * Renders an element tree to PNG at build time: satori lays it out and turns text into paths,
 * resvg rasterises the SVG. resvg is told not to scan the system's fonts (all text is already
 * paths), which alone cuts its time per card by more than half.
 */
export async function renderPng(tree: CardNode, size: { width: number; height: number }): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}
