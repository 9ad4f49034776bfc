import type { AstroIntegration } from 'astro';
import { checkContentGraph } from '../lib/checkContentGraph';
import { formatProblem } from '../lib/contentProblem';
import { loadContentGraph } from '../lib/loadContentGraph';

/**
 * Stops dev, check and build before any page is made when the content breaks a rule: a
 * missing field, a bad date, a duplicate id, a reference or citation to nothing, a derived
 * figure that disagrees with its source without being marked disputed, a synonyms table with a
 * group of one word or a word in two groups. The message lists
 * every problem with its file and field.
 */
export function contentIntegrity(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { graph, problems } = loadContentGraph(options.contentDir);
        problems.push(...checkContentGraph(graph));
        if (problems.length > 0) {
          const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
          throw new Error(`The content has ${problems.length} problem(s); nothing was built:\n${list}`);
        }
        const counts = (['cases', 'stories', 'sources', 'events', 'figures', 'entities', 'synonyms'] as const)
          .map((name) => `${graph[name].length} ${name}`)
          .join(', ');
        logger.info(`content checked: ${counts}`);
      },
    },
  };
}
