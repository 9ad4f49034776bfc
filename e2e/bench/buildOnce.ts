// Builds the site once, in this process, and prints how long it took, its CPU time and the peak
// memory of the process that built it. Used by runBench.ts; CONTENT_DIR says which content to build.
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: buildOnce.ts <outDir>');
const started = performance.now();
// Not forced: the content layer's store is cleared by the build itself (src/integrations/previousBuild.ts),
// and force would make Astro's incremental build render every page of a second build.
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const ms = performance.now() - started;
// CPU time of every thread of the process (not of child processes: Pagefind's indexer), user and
// system: steadier than the wall time on a machine whose other load drifts.
const usage = process.resourceUsage();
console.log(JSON.stringify({ ms, maxRssKb: usage.maxRSS, cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
