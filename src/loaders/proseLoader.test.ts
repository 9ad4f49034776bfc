import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { proseLoader } from './proseLoader';

type Stored = { id: string; body?: string; rendered?: { html: string }; deferredRender?: boolean };

/** A content folder with two case files, and the loader context Astro would hand the loader. */
function setUp(render: (body: string) => string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prose-loader-'));
  fs.mkdirSync(path.join(root, 'cases'));
  fs.writeFileSync(path.join(root, 'cases', 'one.mdx'), '---\ntitle: 一\n---\n第一案。\n');
  fs.writeFileSync(path.join(root, 'cases', 'two.mdx'), '---\ntitle: 二\n---\n第二案。\n');
  const entries = new Map<string, Stored>();
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: async ({ contents }: { contents: string }) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      return { data: { title: front.replace('title: ', '') }, body: body.trim(), slug: '', rawData: front };
    },
    getRenderFunction: async () => async (entry: { body?: string }) => ({ html: render(entry.body ?? ''), metadata: { imagePaths: [] } }),
  };
  // What @astrojs/mdx would register: a type that makes each file a module (deferred render).
  const mdx = { extensions: ['.mdx'], getEntryInfo: markdown.getEntryInfo, contentModuleTypes: '' };
  const context = {
    collection: 'cases',
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
    entryTypes: new Map<string, unknown>([
      ['.md', markdown],
      ['.mdx', mdx],
    ]),
  } as unknown as LoaderContext;
  return { root, entries, context };
}

describe('proseLoader', () => {
  it('renders the .mdx bodies as Markdown into the store, with no module per file', async () => {
    const { root, entries, context } = setUp((body) => `<p>${body}</p>`);
    await proseLoader({ pattern: '*.mdx', base: `${root}/cases` }).load(context);
    // The glob loader reads files several at a time: compare in the order of the ids.
    const stored = [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
    expect(stored.map((entry) => [entry.id, entry.rendered?.html, entry.deferredRender])).toEqual([
      ['one', '<p>第一案。</p>', undefined],
      ['two', '<p>第二案。</p>', undefined],
    ]);
  });

  it('stops when a body fails to render, naming the file (the glob loader alone logs it and goes on)', async () => {
    const { root, context } = setUp((body) => {
      if (body.startsWith('第二')) throw new Error('cites "no-such-source"');
      return `<p>${body}</p>`;
    });
    await expect(proseLoader({ pattern: '*.mdx', base: `${root}/cases` }).load(context)).rejects.toThrow(
      new RegExp(`1 file\\(s\\) could not be rendered:\\n${root}/cases/two.mdx: cites "no-such-source"`),
    );
  });
});
