/**
 * The words a reader may type for a name: the name without its parenthetical remarks
 * ("罗女士（化名）" → 罗女士), and each quoted or listed part of it
 * ("微博网友“JAX蔡”" → 微博网友, JAX蔡). Parts shorter than two characters are dropped.
 */
export function searchTermsOf(name: string): string[] {
  const bare = name.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
  const parts = bare.split(/[“”「」『』"'‘’，、,/·\s]+/).map((part) => part.trim());
  return [...new Set([bare, ...parts])].filter((part) => [...part].length >= 2 && !/[“”「」"]/.test(part));
}
