import type { Excerpt, ResultView } from './buildResultView';
import { cloneTemplate } from './cloneTemplate';

/** Writes an excerpt into `element`: text as text nodes, the query's words in <mark>. Nothing is parsed as HTML. */
function fillExcerpt(element: HTMLElement, excerpt: Excerpt): void {
  element.replaceChildren(
    ...excerpt.map((piece) => {
      if (!piece.marked) return document.createTextNode(piece.text);
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      return mark;
    }),
  );
}

/**
 * One result of the search panel, from its `result` and `section` templates: type, date and
 * lines, the title linking to the page, the words it lacks (relaxed matching), the excerpt and
 * the sections that hold the words.
 */
export function renderResult(root: ParentNode, view: ResultView, missing: readonly string[]): HTMLElement {
  const result = cloneTemplate(root, 'result');
  result.element.dataset['type'] = view.type;
  result.slot('meta').textContent = [view.type, view.date, ...view.lines].filter(Boolean).join(' · ');
  const title = result.slot<HTMLAnchorElement>('title');
  title.href = view.url;
  title.textContent = view.title;
  if (missing.length > 0) {
    const lacks = result.slot('missing');
    lacks.textContent = `不含：${missing.join('、')}`;
    lacks.hidden = false;
  }
  fillExcerpt(result.slot('excerpt'), view.excerpt);
  if (view.sections.length > 0) {
    const list = result.slot('sections');
    list.hidden = false;
    for (const section of view.sections) {
      const item = cloneTemplate(root, 'section');
      const link = item.slot<HTMLAnchorElement>('title');
      link.href = section.url;
      link.textContent = section.title;
      fillExcerpt(item.slot('excerpt'), section.excerpt);
      list.append(item.element);
    }
  }
  return result.element;
}
