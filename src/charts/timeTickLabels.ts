import { utcFormat } from 'd3-time-format';

/**
 * Labels for time-axis ticks, short but unambiguous: years alone when every tick is a 1 January;
 * months ("04月") when every tick is a 1st, with the year on the first tick and on each January;
 * otherwise days ("14日"), with the full date on the first tick and on 1 January, the month on each 1st.
 * src/client/timeTicks.ts writes the same labels in the browser.
 */
export function timeTickLabels(ticks: Date[]): string[] {
  const allYears = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  if (allYears) return ticks.map(utcFormat('%Y'));
  const allMonths = ticks.every((d) => d.getUTCDate() === 1);
  if (allMonths) return ticks.map((d, i) => (i === 0 || d.getUTCMonth() === 0 ? utcFormat('%Y.%m')(d) : utcFormat('%m月')(d)));
  return ticks.map((d, i) =>
    i === 0 || (d.getUTCDate() === 1 && d.getUTCMonth() === 0) ? utcFormat('%Y.%m.%d')(d) : d.getUTCDate() === 1 ? utcFormat('%m.%d')(d) : utcFormat('%d日')(d),
  );
}
