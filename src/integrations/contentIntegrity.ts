import type { AstroIntegration } from 'astro';
import { readValidatedContent } from '../lib/readValidatedContent';

/**
 * Stops dev, check and build before any page is made when the content breaks a rule: a
 * missing field, a bad date, a duplicate id, a reference or citation to nothing, a derived
 * figure that disagrees with its source without being marked disputed, a synonyms table with a
 * group of one word or a word in two groups. The message lists
 * every problem with its file and field. The later build steps (citations, sitemap, search
 * index) read the graph validated here (readValidatedContent), never the files again.
 */
export function contentIntegrity(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const graph = readValidatedContent(options.contentDir);
        const counts = (['cases', 'stories', 'sources', 'events', 'figures', 'entities', 'synonyms'] as const)
          .map((name) => `${graph[name].length} ${name}`)
          .join(', ');
        logger.info(`content checked: ${counts}`);
      },
    },
  };
}
