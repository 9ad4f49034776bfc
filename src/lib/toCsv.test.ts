import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

const fields = [{ name: 'id' }, { name: 'label' }, { name: 'value' }];

describe('toCsv', () => {
  it('quotes what needs quoting and marks the text as UTF-8', () => {
    const records = [
      { id: 'a', label: '涉及金额, 约', value: 4000e4 },
      { id: 'b', label: '“引号” "x"', value: undefined },
    ];
    expect(toCsv({ fields, records })).toBe('\uFEFFid,label,value\r\na,"涉及金额, 约",40000000\r\nb,"“引号” ""x""",\r\n');
  });

  it('writes the columns in the order of the fields, whatever the order of the record', () => {
    expect(toCsv({ fields, records: [{ value: 1, label: 'x', id: 'a' }] })).toBe('\uFEFFid,label,value\r\na,x,1\r\n');
  });

  it('writes flags as true or false and lists joined by semicolons', () => {
    const table = { fields: [{ name: 'id' }, { name: 'disputed' }, { name: 'sources' }], records: [{ id: 'a', disputed: false, sources: ['s1', 's2'] }, { id: 'b', disputed: true, sources: [] }] };
    expect(toCsv(table)).toBe('\uFEFFid,disputed,sources\r\na,false,s1;s2\r\nb,true,\r\n');
  });

  it('fails on a record without one of the columns, naming both', () => {
    expect(() => toCsv({ fields, records: [{ id: 'a', label: 'x' }] })).toThrow('CSV record a: has no column "value"');
  });

  it('fails on a column the fields do not name: it would be undocumented', () => {
    expect(() => toCsv({ fields, records: [{ id: 'a', label: 'x', value: 1, currency: 'CNY' }] })).toThrow('CSV record a: column "currency" is not among the table\'s fields');
  });
});
