import { z } from 'astro/zod';
import { parseDateText } from '../dates/parseDateText';

/**
 * A date as text: YYYY, YYYY-MM or YYYY-MM-DD (or only YYYY-MM-DD with `day`).
 * YAML may hand it over as a number (2025) or, in Markdown frontmatter, as a Date object;
 * either way the result is the normalised text, and an impossible date (2025-02-30) fails.
 */
export function dateText(options: { precision?: 'day' | 'any' } = {}) {
  const precision = options.precision ?? 'any';
  return z.union([z.string(), z.number().int(), z.date()]).transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const parsed = parseDateText(text);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    if (precision === 'day' && parsed.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: `"${text}" must be a full date, YYYY-MM-DD` });
      return z.NEVER;
    }
    return text;
  });
}
