import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceFingerprint } from '../lib/sourceFingerprint';
import { siteSettingsJson } from '../lib/siteSettingsJson';

/**
 * The modules that turn a card's or a poster's content into its element tree, read from the
 * project's folder (the working directory of every build, as CONTENT_DIR's default is): the
 * built pages run bundled, where a module's own address is a chunk's. Their imports are followed
 * by sourceFingerprint (editionTree's bring og/hantCardTree and the Traditional converter,
 * OpenCC by version). The converter's code counts for both editions: a new converter draws the
 * Simplified images anew too, which is rare and only costs time.
 */
const TREE_MODULES = ['src/og/editionTree.ts', 'src/og/socialCardTree.ts', 'src/og/sharePosterTree.ts'];

let code: string | undefined;

/**
 * Keys for images whose trees are made only when drawn (og/renderPng's LazyTree): each a hash of
 * the content a tree is made from (`content`, as JSON: a card, a poster and which edition's it is),
 * of `extra` (what else decides the tree: the Traditional converter's exceptions and titles), of
 * the site's settings (lib/siteSettingsJson), and of the code that makes trees (TREE_MODULES and
 * all they import, packages by version). A change to any of them draws the image anew; the same
 * content and code read the image back without making its tree.
 */
export function imageTreeKey(extra: string): (content: unknown) => string {
  if (code === undefined) {
    const files = TREE_MODULES.map((module) => path.resolve(module));
    const missing = files.find((file) => !fs.existsSync(file));
    if (missing) throw new Error(`imageTreeKey: ${missing} is not there: a build runs in the project's folder`);
    code = sourceFingerprint(files.map((file) => pathToFileURL(file)));
  }
  const base = createHash('sha256').update(code).update(siteSettingsJson()).update(extra);
  return (content) => base.copy().update(JSON.stringify(content)).digest('hex');
}
