import { CASE_SECTIONS } from '../schemas/caseSections';
import type { ContentProblem } from './contentProblem';
import { findCitations } from './findCitations';
import type { ContentGraph } from './loadContentGraph';

/** Paragraphs shorter than this (in characters, citations removed) may go without a citation. */
const SHORT_PARAGRAPH = 40;

/** The blocks of Markdown prose: paragraphs and list items, with the line each starts on. */
function proseBlocks(body: string): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const isItem = /^([-*+]|\d+\.)\s/.test(line);
    if (line === '' || line.startsWith('#') || line.startsWith('|') || line.startsWith('<') || line.startsWith('import ')) {
      current = undefined;
      return;
    }
    if (isItem || !current) {
      current = { text: line, line: i + 1 };
      blocks.push(current);
    } else {
      current.text += line;
    }
  });
  return blocks;
}

/**
 * The editorial rules the test suite holds the content to (beyond what the build checks):
 * every case has at least two events and a source, every full case has the seven sections in
 * order, every paragraph that states something carries a citation, and every source record is
 * cited somewhere.
 */
export function checkEditorialRules(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const entry of graph.cases) {
    const events = graph.events.filter((e) => e.data.case === entry.id);
    if (events.length < 2) problems.push({ file: entry.file, message: `has ${events.length} event(s); a case needs at least two` });

    const headings = [...entry.body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
    if (!entry.data.brief) {
      const expected = CASE_SECTIONS.map((s) => s.heading);
      const present = expected.filter((h) => headings.includes(h));
      const missing = expected.filter((h) => !headings.includes(h));
      if (missing.length) problems.push({ file: entry.file, message: `lacks the section(s) ${missing.join('、')}` });
      const order = headings.filter((h) => present.includes(h as (typeof expected)[number]));
      if (missing.length === 0 && order.join() !== expected.join()) {
        problems.push({ file: entry.file, message: `has its sections out of order: ${order.join('、')}` });
      }
    } else if (!headings.includes('小米的回应')) {
      problems.push({ file: entry.file, message: 'a brief case still needs its 小米的回应 section' });
    }

    for (const block of proseBlocks(entry.body)) {
      const bare = block.text.replace(/\[@[^\]]*\]/g, '');
      if (findCitations(block.text).length === 0 && [...bare].length >= SHORT_PARAGRAPH) {
        problems.push({
          file: `${entry.file}:${entry.bodyLine + block.line - 1}`,
          message: `states something without a citation: “${[...bare].slice(0, 30).join('')}…”`,
        });
      }
    }
  }

  const cited = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  for (const entry of graph.cases) {
    add(entry.data.sources);
    add(entry.data.response.sources);
    findCitations(entry.body).forEach((c) => add(c.ids));
  }
  for (const entry of graph.stories) findCitations(entry.body).forEach((c) => add(c.ids));
  for (const entry of [...graph.events, ...graph.figures]) {
    add(entry.data.sources);
    entry.data.dispute?.versions.forEach((v) => add(v.sources));
  }
  for (const entry of graph.sources) {
    if (!cited.has(entry.id)) problems.push({ file: entry.file, message: `source "${entry.id}" is not cited anywhere` });
  }
  return problems;
}
