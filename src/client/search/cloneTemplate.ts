/**
 * A copy of the search panel's `<template data-search-template="<name>">` (SearchPanel.astro),
 * with a lookup of its `data-slot` elements that throws on a missing one: markup and script are
 * kept in step by failing loudly, not by falling back.
 */
export function cloneTemplate(root: ParentNode, name: string): { element: HTMLElement; slot<T extends HTMLElement = HTMLElement>(slot: string): T } {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-search-template="${name}"]`);
  const element = template?.content.firstElementChild?.cloneNode(true);
  if (!(element instanceof HTMLElement)) throw new Error(`search panel has no template "${name}"`);
  return {
    element,
    slot<T extends HTMLElement = HTMLElement>(slot: string): T {
      const found = element.querySelector<T>(`[data-slot="${slot}"]`);
      if (!found) throw new Error(`search template "${name}" has no slot "${slot}"`);
      return found;
    },
  };
}
