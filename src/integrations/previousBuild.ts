import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { discardFolderContents } from '../lib/discardFolderContents';

/**
 * Hands the previous build's output to a background process before Astro empties the output
 * folder (lib/discardFolderContents), so that a rebuild does not wait while 100,000 files are
 * deleted. `.git` stays, as Astro keeps it (a deploy branch checked out in the folder).
 */
export function previousBuild(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'previous-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        const moved = discardFolderContents(fileURLToPath(outDir), new Set(['.git']));
        if (moved > 0) logger.info(`the previous build's ${moved} entries are deleted in the background`);
      },
    },
  };
}
