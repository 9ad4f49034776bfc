// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { citationsPlugin } from './src/integrations/citationsPlugin.ts';
import { headingIdsPlugin } from './src/integrations/headingIdsPlugin.ts';
import { contentIntegrity } from './src/integrations/contentIntegrity.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { CSP_DIRECTIVES } from './src/lib/cspDirectives.ts';
import { siteSitemap } from './src/integrations/siteSitemap.ts';
import { hantEdition } from './src/integrations/hantEdition.ts';
import { cacheFolder } from './src/lib/cacheFolder.ts';
import { previousBuild } from './src/integrations/previousBuild.ts';

const search = pagefindIndex({ contentDir: siteConfig.contentDir, cacheDir: cacheFolder('search') });

export default defineConfig({
  site: siteConfig.url,
  // With the build cache on, a page whose cacheKey (src/lib/pageCacheKey.ts: the content, the
  // settings, the day, the config's code) and code are the last build's is copied from it, not
  // rendered (Astro's incremental build, kept in the cache folder's astro/).
  ...(siteConfig.cacheDir === '' ? {} : { cacheDir: cacheFolder('astro') }),
  experimental: { incrementalBuild: siteConfig.cacheDir !== '' },
  base: siteConfig.base,
  trailingSlash: 'always',
  // Pages render two at a time: while one social card is rasterised on a worker thread, another
  // page is rendered (see src/og/renderPng.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  markdown: {
    // The content has no code blocks, and Shiki's inline styles would defeat the CSP.
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [headingIdsPlugin(), citationsPlugin({ contentDir: siteConfig.contentDir })] }),
  },
  // The search index of the Simplified pages is made while the Traditional edition is written
  // (src/integrations/pagefindIndex.ts): its start comes before, its end after.
  integrations: [previousBuild(), contentIntegrity({ contentDir: siteConfig.contentDir }), search.simplified, hantEdition({ contentDir: siteConfig.contentDir, cacheDir: cacheFolder('twins') }), siteSitemap({ contentDir: siteConfig.contentDir, base: siteConfig.base }), search.traditional, securityHeaders()],
  // A strict Content-Security-Policy in a <meta> tag on every page: Astro adds script-src and
  // style-src with the hash of every inline style; the rest is in src/lib/cspDirectives.ts.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined: external files keep the Content-Security-Policy
  // simple (script-src 'self'), and inlining breaks computed import() (withastro/astro#17265).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with this directive and Rolldown warns about each one;
        // the warning is known and harmless (withastro/astro#18087). Everything else is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
