import { describe, expect, it } from 'vitest';
import { searchTermsOf } from './searchTermsOf';

describe('searchTermsOf', () => {
  it('drops parenthetical remarks and keeps quoted parts', () => {
    expect(searchTermsOf('罗女士（化名）')).toEqual(['罗女士']);
    expect(searchTermsOf('微博网友“JAX蔡”')).toEqual(['微博网友', 'JAX蔡']);
    expect(searchTermsOf('扬子晚报/紫牛新闻')).toEqual(['扬子晚报/紫牛新闻', '扬子晚报', '紫牛新闻']);
  });

  it('keeps a plain name as it is and drops single characters', () => {
    expect(searchTermsOf('小灰熊')).toEqual(['小灰熊']);
    expect(searchTermsOf('米')).toEqual([]);
  });
});
