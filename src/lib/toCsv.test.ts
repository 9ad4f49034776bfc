import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('quotes what needs quoting and marks the text as UTF-8', () => {
    expect(toCsv(['id', 'label', 'value'], [['a', '涉及金额, 约', 4000e4], ['b', '“引号” "x"', undefined]])).toBe(
      '\uFEFFid,label,value\r\na,"涉及金额, 约",40000000\r\nb,"“引号” ""x""",\r\n',
    );
  });
});
