import { z } from 'astro/zod';

/** Ids become URLs and anchors: ASCII words joined by "-", so a shared link stays readable. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function idText() {
  return z
    .string()
    .regex(ID_PATTERN, 'must be lower-case ASCII words joined by "-" (e.g. "su7-recalls-2025")');
}
