import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from './prepareHtmlForIndex';
import { HAN_SEPARATOR as S, separateHanCharacters } from './separateHanCharacters';

describe('separateHanCharacters', () => {
  it('puts a separator between Chinese characters and whatever touches them', () => {
    expect(separateHanCharacters('小灰熊')).toBe(`小${S}灰${S}熊`);
    expect(separateHanCharacters('约4000万元')).toBe(`约${S}4000${S}万${S}元`);
    expect(separateHanCharacters('小米SU7 Ultra“挖孔”')).toBe(`小${S}米${S}SU7 Ultra“${S}挖${S}孔${S}”`);
  });

  it('leaves text without Chinese characters and existing spaces alone', () => {
    expect(separateHanCharacters('P2P lending, 11.11')).toBe('P2P lending, 11.11');
    expect(separateHanCharacters('发货 官方')).toBe(`发${S}货 官${S}方`);
  });
});

describe('prepareHtmlForIndex', () => {
  it('changes text nodes only, never tags, attributes, scripts or comments', () => {
    const html = '<h1 data-pagefind-meta="title">冰箱</h1><span data-pagefind-filter="line:家电"></span><!-- 注释 --><script>const a = "中文";</script><p title="标题">订单<b>取消</b></p>';
    expect(prepareHtmlForIndex(html)).toBe(
      `<h1 data-pagefind-meta="title">${S}冰${S}箱${S}</h1><span data-pagefind-filter="line:家电"></span><!-- 注释 --><script>const a = "中文";</script><p title="标题">${S}订${S}单${S}<b>${S}取${S}消${S}</b></p>`,
    );
  });
});
