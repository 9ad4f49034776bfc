import type { SearchSuggestion } from '../../search/readSearchSuggestions';
import { cloneTemplate } from './cloneTemplate';

/** Shows `suggestions` in the dialog's list (its `suggestion` template), each linking to its page; hides the list when there are none. */
export function renderSuggestions(root: ParentNode, list: HTMLElement, suggestions: readonly SearchSuggestion[], base: string): void {
  list.replaceChildren(
    ...suggestions.map((suggestion) => {
      const item = cloneTemplate(root, 'suggestion');
      item.slot<HTMLAnchorElement>('link').href = `${base}${suggestion.path.replace(/^\//, '')}`;
      item.slot('label').textContent = suggestion.label;
      item.slot('detail').textContent = suggestion.detail;
      return item.element;
    }),
  );
  list.hidden = suggestions.length === 0;
}
