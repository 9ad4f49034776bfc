import { CARD_HEIGHT, CARD_WIDTH, type CardNode, type SocialCard } from './socialCard';

const PAPER = '#fbfaf7';
const INK = '#1b1b1b';
const INK_2 = '#4a4a4a';
const ACCENT = '#a61b1b';

type Box = Extract<CardNode, { type: 'div' }>;

const div = (style: Box['props']['style'], children?: Box['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Longer titles get smaller type so that up to three lines fit. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 16) return 72;
  if (length <= 30) return 62;
  return 52;
}

/**
 * The layout of a 1200×630 social card, as satori's element tree: the kicker and the Chinese
 * title (wrapping, at most three lines), a story's dek or a case's key figure with its label
 * and date, and at the foot the site's name with the page's dates. Dark text on paper, red
 * only for large type: every text passes WCAG AA contrast.
 */
export function socialCardTree(card: SocialCard): CardNode {
  const size = titleSize(card.title);
  const head: CardNode[] = [
    div({ fontSize: 30, fontWeight: 700, color: ACCENT, letterSpacing: 2 }, card.kicker),
    div({ fontSize: size, fontWeight: 700, color: INK, lineHeight: 1.3, marginTop: 12, lineClamp: 3, display: 'block' }, card.title),
  ];
  if (card.dek) head.push(div({ fontSize: 30, color: INK_2, lineHeight: 1.5, marginTop: 16, lineClamp: 2, display: 'block' }, card.dek));
  const figure = card.figure
    ? div({ display: 'flex', alignItems: 'flex-end', marginTop: 8 }, [
        div({ fontSize: 92, fontWeight: 700, color: ACCENT, lineHeight: 1 }, card.figure.value),
        div({ display: 'flex', flexDirection: 'column', marginLeft: 28, marginBottom: 6, maxWidth: 640 }, [
          div({ fontSize: 30, color: INK, lineHeight: 1.3 }, card.figure.label),
          div({ fontSize: 26, color: INK_2, marginTop: 4 }, card.figure.date),
        ]),
      ])
    : undefined;
  const foot = div(
    { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `3px solid ${INK}`, paddingTop: 18 },
    [
      div({ display: 'flex', alignItems: 'baseline' }, [
        div({ fontSize: 44, fontWeight: 700, color: INK, letterSpacing: 4 }, '信任'),
        div({ fontSize: 44, fontWeight: 700, color: ACCENT, letterSpacing: 4 }, '账本'),
      ]),
      div({ fontSize: 26, color: INK_2, marginBottom: 6 }, card.meta.join(' · ')),
    ],
  );
  // Sizes are explicit: satori adds padding and borders to a box's width (content-box).
  const body = div(
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: CARD_WIDTH - 2 * 64, height: CARD_HEIGHT - 14 - 52 - 40, margin: '52px 64px 40px' },
    [div({ display: 'flex', flexDirection: 'column' }, head), ...(figure ? [figure] : []), foot],
  );
  return div({ display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: PAPER, fontFamily: 'Noto Sans SC' }, [
    div({ width: CARD_WIDTH, height: 14, backgroundColor: ACCENT }),
    body,
  ]);
}
