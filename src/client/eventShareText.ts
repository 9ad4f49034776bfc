/**
 * The text that goes with one event's address when a reader passes it on: "标题 — 日期 — 信任账本".
 * Given `room` (the characters left beside the link: Weibo allows 140 with it), a title too long
 * for it is cut and ends in "…"; the date and the site's name always stay. Pure.
 */
export function eventShareText(title: string, date: string, site: string, room = Infinity): string {
  const tail = ` — ${date} — ${site}`;
  const chars = [...title];
  const fits = room - [...tail].length;
  return (chars.length <= fits ? title : `${chars.slice(0, Math.max(0, fits - 1)).join('')}…`) + tail;
}
