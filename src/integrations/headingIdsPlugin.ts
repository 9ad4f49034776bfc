import { defineMdastPlugin } from 'satteri';
import { CASE_SECTIONS } from '../schemas/caseSections';

const ids = new Map<string, string>(CASE_SECTIONS.map((section) => [section.heading, section.id]));

/**
 * Gives the standard case-file sections ASCII anchors (#response rather than a
 * percent-escaped Chinese slug), so that a link to one section stays readable when shared.
 * Other headings keep the anchors Astro gives them.
 */
export function headingIdsPlugin() {
  return defineMdastPlugin({
    name: 'heading-ids',
    heading(node, ctx) {
      const id = ids.get(ctx.textContent(node).trim());
      if (id) ctx.setProperty(node, 'data', { ...node.data, hProperties: { id } });
    },
  });
}
