import { readValidatedContent } from '../lib/readValidatedContent';
import { createHantConverter, type HantConverter } from './createHantConverter';
import { simplifiedOnlyCharacters } from './simplifiedOnlyCharacters';

const made = new Map<string, HantConverter>();

/**
 * The Traditional edition's converter for a content folder, made once per build from the
 * validated content: its exceptions table (hant-exceptions.yaml) and, kept as published, the
 * titles of the sources published in Traditional (a title in （） is the site's own
 * description of an untitled page, and a title with Simplified-only characters was not written
 * in Traditional: both are converted like the rest).
 */
export function getHantConverter(contentDir: string): HantConverter {
  const known = made.get(contentDir);
  if (known) return known;
  const { hantExceptions, sources } = readValidatedContent(contentDir);
  const simplifiedOnly = simplifiedOnlyCharacters();
  const verbatim = sources
    .filter((s) => s.data.language === 'zh-Hant' && !/^（.*）$/u.test(s.data.title) && ![...s.data.title].some((c) => simplifiedOnly.has(c)))
    .map((s) => s.data.title);
  const converter = createHantConverter({ exceptions: hantExceptions.map((e) => e.data), verbatim });
  made.set(contentDir, converter);
  return converter;
}
