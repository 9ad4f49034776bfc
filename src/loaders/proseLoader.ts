import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string }) => Promise<Rendered>;

/** How Astro handles one file extension (a content entry type): the part this loader uses. */
interface EntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
  [other: string]: unknown;
}

/**
 * The context Astro hands a loader carries the entry types by extension, which the glob loader
 * reads, though Astro's public type leaves them out. Should a version of Astro stop passing them,
 * this loader stops the build (every real build in the tests would fail), never renders wrongly.
 */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * Loads the case and story files (`*.mdx`) with Astro's glob loader, but renders their bodies
 * as Markdown in the content layer, through the same Sätteri processor and plugins, and keeps
 * the HTML in the data store. As MDX each file became a JavaScript module that Vite compiled and
 * bundled with the site: at 5,000 cases that took 2.2 GB of memory and some 20 s (BENCHMARKS.md,
 * "Build time and memory with both editions"). The prose uses none of MDX's own syntax; the
 * content gate (checkMdxSyntax) stops the build on any, so a file never prints an import or a
 * component as text. The files keep their extension and stay valid MDX.
 *
 * The glob loader logs a body that fails to render and goes on; this one stops the build and
 * names every file that failed.
 */
export function proseLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'prose-loader',
    load: async (loaderContext) => {
      const context = loaderContext as GlobContext;
      const markdown = context.entryTypes?.get('.md');
      if (!markdown?.getRenderFunction) throw new Error('prose-loader: Astro has no Markdown entry type to render the .mdx files with');
      const failures: string[] = [];
      const renderAsMarkdown: EntryType = {
        ...markdown,
        async getRenderFunction(config) {
          const render = await markdown.getRenderFunction!(config);
          return async (entry) => {
            try {
              return await render(entry);
            } catch (error) {
              failures.push(`${entry.filePath ?? entry.id}: ${error instanceof Error ? error.message : String(error)}`);
              throw error;
            }
          };
        },
      };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', renderAsMarkdown);
      await inner.load({ ...context, entryTypes } as GlobContext);
      if (failures.length > 0) throw new Error(`prose-loader: ${failures.length} file(s) could not be rendered:\n${failures.join('\n')}`);
    },
  };
}
