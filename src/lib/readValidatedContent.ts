import { checkContentGraph } from './checkContentGraph';
import { formatProblem } from './contentProblem';
import { loadContentGraph, type ContentGraph } from './loadContentGraph';

const read = new Map<string, ContentGraph>();

/**
 * The content of a folder, read and validated once per build: every schema (loadContentGraph)
 * and every rule between entries (checkContentGraph: references, duplicates, citations of
 * unknown sources, derivations, response clocks). It throws, listing every problem with its
 * file and field, when any rule is broken, so a build step that uses the graph can rely on it
 * and need not check a rule again. The content-integrity gate calls it first; the citations
 * plugin, the sitemap and the search index then read the same graph instead of the files.
 */
export function readValidatedContent(contentDir: string): ContentGraph {
  const known = read.get(contentDir);
  if (known) return known;
  const { graph, problems } = loadContentGraph(contentDir);
  problems.push(...checkContentGraph(graph));
  if (problems.length > 0) {
    const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    throw new Error(`The content has ${problems.length} problem(s); nothing was built:\n${list}`);
  }
  read.set(contentDir, graph);
  return graph;
}
