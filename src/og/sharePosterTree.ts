import { qrCodeSvg } from '../lib/qrCodeSvg';
import { siteConfig } from '../site.config';
import { cardDiv } from './cardDiv';
import { CARD_PALETTE } from './cardPalette';
import { IMAGE_FONTS, type CardNode } from './socialCard';
import { POSTER_HEIGHT, POSTER_WIDTH, type SharePoster } from './sharePoster';

const { paper: PAPER, paper2: PAPER_2, ink: INK, ink2: INK_2, rule: RULE, accent: ACCENT } = CARD_PALETTE;
const MARGIN = 72;
const INNER = POSTER_WIDTH - 2 * MARGIN;
/** The QR code's side: 7 px a module for the 41–45 modules of our addresses, read from a phone screen or by long-press. */
const QR_SIDE = 300;


/** Longer titles get smaller type, so that up to four lines fit. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 14) return 88;
  if (length <= 28) return 76;
  return 64;
}

/**
 * One key event on the poster's small vertical timeline: a dot, the date and the event's chart
 * label on one line; on a poster that mixes cases, the date and the case's short name above it.
 */
function eventRow(event: SharePoster['events'][number], last: boolean): CardNode {
  const label = cardDiv({ fontSize: 40, fontWeight: 700, color: INK, lineHeight: 1.3 }, event.label);
  const text = event.case
    ? cardDiv({ display: 'flex', flexDirection: 'column', width: INNER - 60 }, [cardDiv({ fontSize: 30, color: INK_2, lineHeight: 1.3 }, `${event.date} · ${event.case}`), label])
    : cardDiv({ display: 'flex', alignItems: 'baseline', width: INNER - 60 }, [cardDiv({ fontSize: 30, color: INK_2, width: 260 }, event.date), label]);
  return cardDiv({ display: 'flex', width: INNER }, [
    // The timeline's dot and, below it, its line to the next event.
    cardDiv({ display: 'flex', flexDirection: 'column', alignItems: 'center', width: 40, marginRight: 20 }, [
      cardDiv({ width: 22, height: 22, borderRadius: 11, backgroundColor: ACCENT, marginTop: 16 }),
      ...(last ? [] : [cardDiv({ width: 4, flexGrow: 1, backgroundColor: RULE, marginTop: 6 })]),
    ]),
    cardDiv({ display: 'flex', paddingBottom: last ? 0 : 18 }, [text]),
  ]);
}

/**
 * The layout of a 1080×1920 share poster, as satori's element tree: the kicker and the title
 * (up to four lines), a case's key figure or a dek, the status and dates, the key events on a
 * small vertical timeline, a case's response clock, and at the foot the site's name with the QR
 * code of the page's address. Dark text on paper, red only for large type and marks, as on the
 * social cards: every text passes WCAG AA contrast. The words that are the site's own (headings,
 * the call to scan) are chrome and live here; every fact comes from the poster's data.
 */
export function sharePosterTree(poster: SharePoster): CardNode {
  const head: CardNode[] = [
    cardDiv({ fontSize: 36, fontWeight: 700, color: ACCENT, letterSpacing: 3 }, poster.kicker),
    cardDiv({ fontSize: titleSize(poster.title), fontWeight: 700, color: INK, lineHeight: 1.28, marginTop: 20, lineClamp: 4, display: 'block', width: INNER }, poster.title),
  ];
  if (poster.status || poster.meta.length > 0) {
    head.push(
      cardDiv({ display: 'flex', alignItems: 'center', marginTop: 28 }, [
        ...(poster.status ? [cardDiv({ fontSize: 32, fontWeight: 700, color: ACCENT, border: `3px solid ${ACCENT}`, borderRadius: 8, padding: '4px 16px', marginRight: 20 }, poster.status)] : []),
        cardDiv({ fontSize: 32, color: INK_2 }, poster.meta.join(' · ')),
      ]),
    );
  }
  if (poster.figure) {
    head.push(
      cardDiv({ display: 'flex', flexDirection: 'column', marginTop: 40, paddingLeft: 28, borderLeft: `8px solid ${ACCENT}` }, [
        cardDiv({ fontSize: 104, fontWeight: 700, color: ACCENT, lineHeight: 1.05 }, poster.figure.value),
        cardDiv({ fontSize: 36, color: INK, lineHeight: 1.35, marginTop: 10, lineClamp: 2, display: 'block', width: INNER - 36 }, poster.figure.label),
        cardDiv({ fontSize: 30, color: INK_2, marginTop: 6 }, poster.figure.date),
      ]),
    );
  }
  if (poster.dek) head.push(cardDiv({ fontSize: 36, color: INK_2, lineHeight: 1.55, marginTop: 36, lineClamp: poster.figure ? 2 : 4, display: 'block', width: INNER }, poster.dek));

  const middle: CardNode[] = [];
  if (poster.events.length > 0) {
    middle.push(
      cardDiv({ display: 'flex', flexDirection: 'column' }, [
        cardDiv({ fontSize: 32, fontWeight: 700, color: INK, borderBottom: `2px solid ${RULE}`, paddingBottom: 12, marginBottom: 24, width: INNER }, '关键事件'),
        ...poster.events.map((event, i) => eventRow(event, i === poster.events.length - 1)),
      ]),
    );
  }
  if (poster.clock) {
    // The chart's own words (describeResponseClock), one line each.
    const line = (text: string): CardNode => cardDiv({ fontSize: 32, color: INK, lineHeight: 1.45, marginTop: 6, lineClamp: 2, display: 'block', width: INNER - 56 }, text);
    middle.push(
      cardDiv({ display: 'flex', flexDirection: 'column', backgroundColor: PAPER_2, padding: '22px 28px', marginTop: 40, width: INNER - 56 }, [
        cardDiv({ fontSize: 32, fontWeight: 700, color: INK, marginBottom: 4 }, '回应时钟'),
        line(`问题公开：${poster.clock.start}`),
        line(poster.clock.response),
        line(poster.clock.outcome),
      ]),
    );
  }

  const qr = qrCodeSvg(poster.url, '本页地址的二维码');
  const foot = cardDiv({ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `4px solid ${INK}`, paddingTop: 32, width: INNER }, [
    cardDiv({ display: 'flex', flexDirection: 'column', width: INNER - QR_SIDE - 40 }, [
      cardDiv({ display: 'flex' }, [cardDiv({ fontSize: 76, fontWeight: 700, color: INK, letterSpacing: 6 }, '信任'), cardDiv({ fontSize: 76, fontWeight: 700, color: ACCENT, letterSpacing: 6 }, '账本')]),
      // The site's poster has the tagline for its title already.
      ...(poster.title === siteConfig.tagline ? [] : [cardDiv({ fontSize: 28, color: INK_2, lineHeight: 1.5, marginTop: 8 }, siteConfig.tagline)]),
      cardDiv({ fontSize: 32, color: INK, lineHeight: 1.5, marginTop: 28 }, '长按或扫描二维码'),
      cardDiv({ fontSize: 32, color: INK, lineHeight: 1.5 }, '阅读全文，查看每条出处'),
    ]),
    { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`, width: QR_SIDE, height: QR_SIDE } },
  ]);

  // Sizes are explicit: satori adds padding and borders to a box's width (content-box).
  return cardDiv({ display: 'flex', flexDirection: 'column', width: POSTER_WIDTH, height: POSTER_HEIGHT, backgroundColor: PAPER, fontFamily: IMAGE_FONTS.hans }, [
    cardDiv({ width: POSTER_WIDTH, height: 20, backgroundColor: ACCENT }),
    cardDiv({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: INNER, height: POSTER_HEIGHT - 20 - 84 - 64, margin: `84px ${MARGIN}px 64px` }, [
      cardDiv({ display: 'flex', flexDirection: 'column', flexShrink: 0 }, head),
      // Where the longest title, key figure and clock leave too little room, the events and the
      // clock are cut at the bottom, never the QR code below them.
      cardDiv({ display: 'flex', flexDirection: 'column', flexShrink: 1, minHeight: 0, overflow: 'hidden', margin: '28px 0 24px' }, middle),
      cardDiv({ display: 'flex', flexShrink: 0 }, [foot]),
    ]),
  ]);
}
