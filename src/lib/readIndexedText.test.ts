import { describe, expect, it } from 'vitest';
import { readIndexedText } from './readIndexedText';

describe('readIndexedText', () => {
  it('reads the text of the indexed element, without scripts, navigation or tags', () => {
    const html = '<header>页头</header><main id="main" data-pagefind-body><h1>冰箱</h1><nav><a>目录</a></nav><p>订单&amp;取消</p><script>x()</script></main><footer>页脚</footer>';
    expect(readIndexedText(html)).toBe('冰箱 订单 取消');
  });

  it('reads nothing from a page that is not indexed', () => {
    expect(readIndexedText('<main><p>列表</p></main>')).toBe('');
  });
});
