import { describe, expect, it } from 'vitest';
import { promoteNamedPages } from './promoteNamedPages';

const page = (id: string, names?: string) => ({ id, load: async () => ({ meta: names === undefined ? {} : { names } }) });
const fold = (text: string) => text.toLowerCase().replace(/萬/gu, '万');

describe('promoteNamedPages', () => {
  it('moves the pages that carry the query as a name to the front, keeping both groups in order', async () => {
    const ordered = [page('s1', '北京商报'), page('s2'), page('case', 'KOL|万能的大熊'), page('story', '米粉|KOL'), page('s3', 'kol风波')];
    const out = await promoteNamedPages(ordered, ' Kol ', fold, 10);
    expect(out.map((p) => p.id)).toEqual(['case', 'story', 's1', 's2', 's3']);
  });

  it('folds both sides: a Traditional query finds a Simplified name', async () => {
    const out = await promoteNamedPages([page('a'), page('b', '万能的大熊')], '萬能的大熊', fold, 10);
    expect(out.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('matches whole names only, and leaves pages past the window where they are', async () => {
    const ordered = [page('a', '爆雷事件'), page('b'), page('c', '爆雷')];
    expect((await promoteNamedPages(ordered, '爆雷', fold, 2)).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect((await promoteNamedPages(ordered, '爆雷', fold, 3)).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('reads only the pages inside the window', async () => {
    let loads = 0;
    const counted = (id: string) => ({ id, load: async () => (loads++, { meta: {} }) });
    await promoteNamedPages([counted('a'), counted('b'), counted('c')], 'x', fold, 2);
    expect(loads).toBe(2);
  });

  it('changes nothing for an empty query', async () => {
    let loads = 0;
    const out = await promoteNamedPages([{ id: 'a', load: async () => (loads++, { meta: { names: '' } }) }], '  ', fold, 5);
    expect(out.map((p) => p.id)).toEqual(['a']);
    expect(loads).toBe(0);
  });
});
