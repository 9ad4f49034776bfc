import { describe, expect, it } from 'vitest';
import { dateText, parseDateText, requireDate } from './parseDateText';

describe('parseDateText', () => {
  it('reads a day, with the span it covers', () => {
    const date = parseDateText('2025-03-29');
    expect(date).toMatchObject({ year: 2025, month: 3, day: 29, precision: 'day' });
    expect(typeof date !== 'string' && date.end.toISOString()).toBe('2025-03-30T00:00:00.000Z');
  });

  it('reads a month and a year', () => {
    expect(parseDateText('2018-07')).toMatchObject({ precision: 'month', year: 2018, month: 7 });
    const year = parseDateText('2015');
    expect(year).toMatchObject({ precision: 'year', year: 2015 });
    expect(typeof year !== 'string' && year.end.toISOString()).toBe('2016-01-01T00:00:00.000Z');
  });

  it('knows leap years', () => {
    expect(parseDateText('2024-02-29')).toMatchObject({ day: 29 });
    expect(parseDateText('2025-02-29')).toBe('"2025-02-29": 2025-02 has no day 29');
  });

  it('explains what is wrong with a bad date', () => {
    expect(parseDateText('2025-13')).toBe('"2025-13": there is no month 13');
    expect(parseDateText('2025/03/29')).toBe('"2025/03/29" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD');
    expect(parseDateText('1899')).toBe('"1899": year 1899 is out of range');
  });
});

describe('dateText', () => {
  it('writes an instant as a date text to each precision, the inverse of parseDateText', () => {
    const t = Date.UTC(2025, 10, 14, 23, 59);
    expect(dateText(t)).toBe('2025-11-14');
    expect(dateText(t, 'month')).toBe('2025-11');
    expect(dateText(t, 'year')).toBe('2025');
    for (const text of ['2018-07-23', '2025-03', '2017']) expect(dateText(requireDate(text).start.getTime(), requireDate(text).precision)).toBe(text);
  });
});
