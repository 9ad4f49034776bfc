import { CASE_SECTIONS } from '../schemas/caseSections';
import type { ContentProblem } from './contentProblem';
import { findCitations } from './findCitations';
import type { ContentGraph } from './loadContentGraph';

/** Paragraphs shorter than this (in characters, citations removed) may go without a citation. */
const SHORT_PARAGRAPH = 40;
/** Two case files may not open with the same this-many characters: each opens with its own fact. */
const OPENING = 8;
/** "本站" more often than this in one case file is the site talking about itself, not the case. */
const MAX_SELF_REFERENCES = 5;
/** More sources than this in one citation marker is a pile-up: cite each claim where it is made. */
const MAX_SOURCES_PER_CITATION = 4;
/** Open questions need no citation: a source cited for what is not known is pro forma. */
const UNCITED_SECTIONS = new Set(['悬而未决']);

/** The blocks of Markdown prose: paragraphs and list items, with the line each starts on and its section. */
function proseBlocks(body: string): { text: string; line: number; section: string }[] {
  const blocks: { text: string; line: number; section: string }[] = [];
  let current: { text: string; line: number; section: string } | undefined;
  let section = '';
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const isItem = /^([-*+]|\d+\.)\s/.test(line);
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (line === '' || line.startsWith('#') || line.startsWith('|') || line.startsWith('<') || line.startsWith('import ')) {
      current = undefined;
      return;
    }
    if (isItem || !current) {
      current = { text: line, line: i + 1, section };
      blocks.push(current);
    } else {
      current.text += line;
    }
  });
  return blocks;
}

/** A block's words without citation markers or Markdown emphasis. */
function bareText(text: string): string {
  return text.replace(/\[@[^\]]*\]/g, '').replace(/[*_]/g, '');
}

/**
 * The editorial rules the test suite holds the content to (beyond what the build checks):
 * every case has at least two events and a source, every full case has the seven sections in
 * order, every paragraph that states something carries a citation (open questions excepted),
 * no citation piles up more than a few sources, each case opens with words of its own (not
 * another case's opening, not the "不是……而是" formula) and does not keep talking about the
 * site, and every source record is cited somewhere.
 */
export function checkEditorialRules(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const openings = new Map<string, string>();

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

    const blocks = proseBlocks(entry.body);
    const opening = blocks[0] && [...bareText(blocks[0].text)];
    if (opening) {
      const key = opening.slice(0, OPENING).join('');
      const other = openings.get(key);
      if (other) problems.push({ file: entry.file, message: `opens with the same ${OPENING} characters as ${other} (“${key}”): open with this case's own fact` });
      else openings.set(key, entry.file);
      const firstSentence = opening.join('').split(/[。！？]/)[0] ?? '';
      if (/不是.{0,30}而是/.test(firstSentence)) problems.push({ file: entry.file, message: `opens with the “不是……而是” formula: “${firstSentence.slice(0, 30)}…”` });
    }
    const selfReferences = entry.body.split('本站').length - 1;
    if (selfReferences > MAX_SELF_REFERENCES) {
      problems.push({ file: entry.file, message: `says “本站” ${selfReferences} times (at most ${MAX_SELF_REFERENCES}): say what is known, and where a source is lacking, say so once` });
    }

    for (const block of blocks) {
      const bare = bareText(block.text);
      if (UNCITED_SECTIONS.has(block.section)) continue;
      if (findCitations(block.text).length === 0 && [...bare].length >= SHORT_PARAGRAPH) {
        problems.push({
          file: `${entry.file}:${entry.bodyLine + block.line - 1}`,
          message: `states something without a citation: “${[...bare].slice(0, 30).join('')}…”`,
        });
      }
    }
  }

  for (const entry of [...graph.cases, ...graph.stories]) {
    for (const citation of findCitations(entry.body)) {
      if (citation.ids.length > MAX_SOURCES_PER_CITATION) {
        const line = entry.bodyLine + entry.body.slice(0, citation.index).split('\n').length - 1;
        problems.push({ file: `${entry.file}:${line}`, message: `cites ${citation.ids.length} sources at once (at most ${MAX_SOURCES_PER_CITATION}): cite each claim where it is made` });
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
  for (const entry of graph.entities) if (entry.data.outcome) add(entry.data.outcome.sources);
  for (const entry of graph.sources) {
    if (!cited.has(entry.id)) problems.push({ file: entry.file, message: `source "${entry.id}" is not cited anywhere` });
  }
  return problems;
}
