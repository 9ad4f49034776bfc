import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { discardFolderContents } from '../lib/discardFolderContents';

/**
 * What the previous build left that this one must not use as it is:
 * - its content layer store (Astro's cacheDir, data-store.json), deleted before the content is
 *   loaded, so that every build reads every content file anew: a store kept from a build of other
 *   content (CONTENT_DIR: the tests, the benchmark) broke the next build, and an entry's rendered
 *   HTML depends on other files (its citations' sources), which the store's per-file digests do
 *   not see. This is what `astro build --force` did, which also made Astro's incremental build
 *   render every page (astro.config.mjs, lib/pageCacheKey);
 * - its output, handed to a background process before Astro empties the output folder
 *   (lib/discardFolderContents), so that a rebuild does not wait while 100,000 files are deleted.
 *   `.git` stays, as Astro keeps it (a deploy branch checked out in the folder).
 */
export function previousBuild(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'previous-build',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        outDir = config.outDir;
        for (const store of ['data-store.json', 'data-store/']) {
          const file = new URL(store, config.cacheDir);
          if (fs.existsSync(file)) {
            fs.rmSync(file, { recursive: true, force: true });
            logger.debug(`content layer store cleared: ${fileURLToPath(file)}`);
          }
        }
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        const moved = discardFolderContents(fileURLToPath(outDir), new Set(['.git']));
        if (moved > 0) logger.info(`the previous build's ${moved} entries are deleted in the background`);
      },
    },
  };
}
