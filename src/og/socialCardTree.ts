import { cardDiv } from './cardDiv';
import { CARD_PALETTE } from './cardPalette';
import { CARD_HEIGHT, CARD_WIDTH, IMAGE_FONTS, type CardNode, type SocialCard } from './socialCard';

const { paper: PAPER, ink: INK, ink2: INK_2, accent: ACCENT } = CARD_PALETTE;


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
    cardDiv({ fontSize: 30, fontWeight: 700, color: ACCENT, letterSpacing: 2 }, card.kicker),
    cardDiv({ fontSize: size, fontWeight: 700, color: INK, lineHeight: 1.3, marginTop: 12, lineClamp: 3, display: 'block' }, card.title),
  ];
  if (card.dek) head.push(cardDiv({ fontSize: 30, color: INK_2, lineHeight: 1.5, marginTop: 16, lineClamp: 2, display: 'block' }, card.dek));
  const figure = card.figure
    ? cardDiv({ display: 'flex', alignItems: 'flex-end', marginTop: 8 }, [
        cardDiv({ fontSize: 92, fontWeight: 700, color: ACCENT, lineHeight: 1 }, card.figure.value),
        cardDiv({ display: 'flex', flexDirection: 'column', marginLeft: 28, marginBottom: 6, maxWidth: 640 }, [
          cardDiv({ fontSize: 30, color: INK, lineHeight: 1.3 }, card.figure.label),
          cardDiv({ fontSize: 26, color: INK_2, marginTop: 4 }, card.figure.date),
        ]),
      ])
    : undefined;
  const foot = cardDiv(
    { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `3px solid ${INK}`, paddingTop: 18 },
    [
      cardDiv({ display: 'flex', alignItems: 'baseline' }, [
        cardDiv({ fontSize: 44, fontWeight: 700, color: INK, letterSpacing: 4 }, '信任'),
        cardDiv({ fontSize: 44, fontWeight: 700, color: ACCENT, letterSpacing: 4 }, '账本'),
      ]),
      cardDiv({ fontSize: 26, color: INK_2, marginBottom: 6 }, card.meta.join(' · ')),
    ],
  );
  // Sizes are explicit: satori adds padding and borders to a box's width (content-box).
  const body = cardDiv(
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: CARD_WIDTH - 2 * 64, height: CARD_HEIGHT - 14 - 52 - 40, margin: '52px 64px 40px' },
    [cardDiv({ display: 'flex', flexDirection: 'column' }, head), ...(figure ? [figure] : []), foot],
  );
  return cardDiv({ display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: PAPER, fontFamily: IMAGE_FONTS.hans }, [
    cardDiv({ width: CARD_WIDTH, height: 14, backgroundColor: ACCENT }),
    body,
  ]);
}
