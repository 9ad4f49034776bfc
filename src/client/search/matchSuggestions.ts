import type { SearchSuggestion } from '../../search/readSearchSuggestions';

/**
 * The suggestions for what the reader has typed so far (`typed`, normalised as queries are,
 * spaces left out): those with a term holding it, a term starting with it first, then the
 * shorter label, then the file's order (cases before parties). `fold` spells a term as queries
 * are spelled. At most `max`.
 */
export function matchSuggestions(suggestions: readonly SearchSuggestion[], typed: string, fold: (text: string) => string, max: number): SearchSuggestion[] {
  const wanted = typed.replace(/\s+/g, '');
  if (!wanted) return [];
  const ranked: { suggestion: SearchSuggestion; rank: number; order: number }[] = [];
  suggestions.forEach((suggestion, order) => {
    let rank = Infinity;
    for (const term of suggestion.terms) {
      const folded = fold(term).replace(/\s+/g, '');
      if (folded.startsWith(wanted)) rank = Math.min(rank, 0);
      else if (folded.includes(wanted)) rank = Math.min(rank, 1);
    }
    if (rank < Infinity) ranked.push({ suggestion, rank, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || [...a.suggestion.label].length - [...b.suggestion.label].length || a.order - b.order)
    .slice(0, max)
    .map((r) => r.suggestion);
}
