import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { findCitations } from '../lib/findCitations';
import { formatSourceShort } from '../lib/formatSourceShort';
import { readValidatedContent } from '../lib/readValidatedContent';

interface CitationState {
  /** Source ids in the order they are first cited: the footnote numbers. */
  order: string[];
  /** How many times each number has been cited so far (for unique backlink anchors). */
  uses: Map<string, number>;
}

/**
 * Turns citation markers in the prose, [@source-id] or [@one; @two], into numbered footnote
 * links (<sup class="cite">) and records the cited sources, in order, as the `citations`
 * field of the page's frontmatter; the layout prints the numbered source list from it. The
 * sources are those of the validated content (readValidatedContent): checkContentGraph has
 * already stopped the build on a citation of an unknown source, the one place that rule lives.
 */
export function citationsPlugin(options: { contentDir: string }) {
  let labels: Map<string, string> | undefined;
  const sourceLabels = () => {
    labels ??= new Map(readValidatedContent(options.contentDir).sources.map((source) => [source.id, formatSourceShort(source.data)]));
    return labels;
  };

  return defineMdastPlugin({
    name: 'citations',
    text(node, ctx) {
      const citations = findCitations(node.value);
      if (citations.length === 0) return;
      const data = ctx.data as { citations?: CitationState; astro?: { frontmatter?: Record<string, unknown> } };
      const state = (data.citations ??= { order: [], uses: new Map() });
      const parts: unknown[] = [];
      let at = 0;
      for (const citation of citations) {
        if (citation.index > at) parts.push({ type: 'text', value: node.value.slice(at, citation.index) });
        const links = citation.ids.map((id, i) => {
          const label = sourceLabels().get(id);
          if (label === undefined) {
            // Unreachable after the content gate, unless a Markdown file outside content/ cites.
            const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a Markdown file';
            throw new Error(`${file}: ${citation.marker} cites "${id}", which the validated content does not hold (checkContentGraph checks citations in content/ only)`);
          }
          if (!state.order.includes(id)) state.order.push(id);
          const number = state.order.indexOf(id) + 1;
          const use = (state.uses.get(id) ?? 0) + 1;
          state.uses.set(id, use);
          return {
            type: 'link',
            url: `#source-${number}`,
            title: null,
            children: [{ type: 'text', value: String(number) }],
            data: {
              hProperties: {
                id: `cite-${number}-${use}`,
                'aria-label': `来源${number}：${label}`,
                'data-source': id,
                ...(i > 0 ? { className: ['cite-more'] } : {}),
              },
            },
          };
        });
        parts.push({ type: 'citation', data: { hName: 'sup', hProperties: { className: ['cite'], 'data-pagefind-ignore': '' } }, children: links });
        at = citation.index + citation.marker.length;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      if (data.astro?.frontmatter) data.astro.frontmatter['citations'] = [...state.order];
      ctx.replaceNode(node, parts as Parameters<typeof ctx.replaceNode>[1]);
    },
  });
}
