import { z } from 'astro/zod';

const WITH_UNIT_WORD = /^(-?\d+(?:\.\d+)?)(万|亿)?$/;

/**
 * A number as an author writes it: 429, 1.5e8, or with a Chinese magnitude word, "4000万",
 * "15482亿". The result is always a plain number.
 */
export function quantityValue() {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be a finite number' });
        return z.NEVER;
      }
      return value;
    }
    const match = WITH_UNIT_WORD.exec(value.replace(/[,，\s]/g, ''));
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a number (write 429, 4000万 or 15482亿)` });
      return z.NEVER;
    }
    const scale = match[2] === '亿' ? 1e8 : match[2] === '万' ? 1e4 : 1;
    // Round away binary noise: 1.2万 is 12000, not 11999.999999999998.
    return Math.round(Number(match[1]) * scale * 1e6) / 1e6;
  });
}
