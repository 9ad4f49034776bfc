import { searchTermsOf } from './searchTermsOf';

export interface MentionCandidate {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A name that is only digits and Latin letters must stand alone: "2025" is a platform, not the year in 2025年. */
const LATIN = /^[\p{Script=Latin}\p{N}\s.·-]+$/u;
const WORD_CHAR = /[\p{Script=Latin}\p{N}年月日]/u;

/**
 * The parties a text names, in the order it first names them: each candidate by its name or an
 * alias as readers write them (searchTermsOf: 罗女士（化名） is named as 罗女士), the longest name
 * first and no character counted twice, so that 小米科技有限责任公司 names that company and not
 * also 小米集团 (whose alias 小米 it contains). A name of Latin letters and digits only counts
 * where no letter, digit or 年/月/日 touches it. Pure.
 */
export function findPartyMentions(text: string, candidates: readonly MentionCandidate[]): string[] {
  const names = candidates
    .flatMap((c) => [...new Set([c.name, ...c.aliases].flatMap(searchTermsOf))].map((name) => ({ id: c.id, name })))
    .sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id));
  const taken = new Array<boolean>(text.length).fill(false);
  const found: { id: string; at: number }[] = [];
  for (const { id, name } of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      if (LATIN.test(name) && (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? ''))) continue;
      taken.fill(true, at, end);
      found.push({ id, at });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}
