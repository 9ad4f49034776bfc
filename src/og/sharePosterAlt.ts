import type { SharePoster } from './sharePoster';

/** The alt text of a share poster: everything it says, in reading order. */
export function sharePosterAlt(poster: SharePoster): string {
  const parts = [`信任账本分享海报：${poster.kicker}`, poster.title];
  const meta = [...(poster.status ? [poster.status] : []), ...poster.meta];
  if (meta.length > 0) parts.push(meta.join('，'));
  if (poster.figure) parts.push(`关键数字${poster.figure.value}，${poster.figure.label}，${poster.figure.date}`);
  if (poster.dek) parts.push(poster.dek);
  if (poster.events.length > 0) parts.push(`关键事件：${poster.events.map((e) => `${e.date}${e.case ? `（${e.case}）` : ''}，${e.label}`).join('；')}`);
  if (poster.clock) parts.push(`回应时钟：问题公开：${poster.clock.start}；${poster.clock.response}；${poster.clock.outcome}`);
  parts.push('二维码：本页地址');
  return `${parts.join('。')}。`.replace(/([。？！])。/g, '$1');
}
