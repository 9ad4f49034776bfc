import { IMAGE_FONTS, type CardNode } from './socialCard';
import { CARD_PALETTE } from './cardPalette';

/** The site's square logo (publisher logo in structured data): 信任账本 on two lines. */
export function logoTree(): CardNode {
  const line = (text: string, color: string): CardNode => ({ type: 'div', props: { style: { fontSize: 168, fontWeight: 700, color, lineHeight: 1.15 }, children: text } });
  return {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: '100%', height: '100%', backgroundColor: CARD_PALETTE.paper, borderTop: `24px solid ${CARD_PALETTE.accent}`, fontFamily: IMAGE_FONTS.hans },
      children: [line('信任', CARD_PALETTE.ink), line('账本', CARD_PALETTE.accent)],
    },
  };
}
