import type { SocialCard } from './socialCard';

/** The alt text of a social card: everything the card says, in reading order. */
export function socialCardAlt(card: SocialCard): string {
  const parts = [`信任账本分享卡片：${card.kicker}`, card.title];
  if (card.dek) parts.push(card.dek);
  if (card.figure) parts.push(`关键数字${card.figure.value}，${card.figure.label}，${card.figure.date}`);
  if (card.meta.length > 0) parts.push(card.meta.join('，'));
  return `${parts.join('。')}。`.replace(/([。？！])。/g, '$1');
}
