import { describe, expect, it } from 'vitest';
import { readSearchTerms } from './readSearchTerms';

describe('readSearchTerms', () => {
  it('reads the items of every data-search-terms list, decoding entities', () => {
    const html = '<p>正文</p><ul hidden data-search-terms data-pagefind-weight="2"><li>小灰熊</li><li> AT&amp;T </li></ul><ul><li>别的列表</li></ul><ul data-search-terms=""><li><span>秋田财富</span></li></ul>';
    expect(readSearchTerms(html)).toEqual(['小灰熊', 'AT&T', '秋田财富']);
  });

  it('finds nothing on a page without such a list', () => {
    expect(readSearchTerms('<ul><li>冰箱</li></ul>')).toEqual([]);
  });
});
