import type { z } from 'astro/zod';
import type { ContentProblem } from './contentProblem';
import { describeEntry } from './describeEntry';

function fieldPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/**
 * Validates one content entry against its schema. Returns the parsed data, or undefined after
 * adding a problem per issue, each as `file › entry › field: message`, with zod's wording made
 * plainer for a missing field and for a misspelled one.
 */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  raw: { file: string; item?: number | undefined; id: unknown; data: Record<string, unknown> },
  problems: ContentProblem[],
): z.output<S> | undefined {
  const entry = describeEntry(raw);
  const where = entry === undefined ? { file: raw.file } : { file: raw.file, entry };
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path);
    const message =
      issue.code === 'invalid_type' && issue.input === undefined
        ? 'is missing (required)'
        : issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (misspelled?)`
          : issue.message;
    problems.push(field === '' ? { ...where, message } : { ...where, field, message });
  }
  return undefined;
}
