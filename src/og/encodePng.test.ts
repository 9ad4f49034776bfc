import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './encodePng';

/** Reads a PNG's chunks back, checking each one's CRC. */
function readChunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(zlib.crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

describe('encodePng', () => {
  it('writes the signature, IHDR, IDAT and IEND, and the rows come back as they went in', () => {
    // 3×2: red, green, blue / white, half-transparent black, clear.
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 128, 0, 0, 0, 0]);
    const png = encodePng(3, 2, pixels, zlib);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
    expect([header.getUint32(0), header.getUint32(4), ...chunks[0]!.data.subarray(8)]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const rows = zlib.inflateSync(chunks[1]!.data);
    expect(rows.length).toBe(2 * (3 * 4 + 1));
    // Each row: filter type 0, then its pixels unchanged.
    expect([...rows.subarray(0, 13)]).toEqual([0, ...pixels.subarray(0, 12)]);
    expect([...rows.subarray(13, 26)]).toEqual([0, ...pixels.subarray(12, 24)]);
    expect(chunks[2]!.data.length).toBe(0);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15), zlib)).toThrow(/15 bytes for 2×2/);
  });
});
