import type { CardNode } from './socialCard';

type Box = Extract<CardNode, { type: 'div' }>;

/** A box of satori's element tree (cards and posters): its style, and its children if it has any. */
export function cardDiv(style: Box['props']['style'], children?: Box['props']['children']): CardNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}
