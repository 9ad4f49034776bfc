import { describe, expect, it } from 'vitest';
import { createHantConverter } from './createHantConverter';

describe('createHantConverter', () => {
  const { convert } = createHantConverter({ exceptions: [{ text: '写明了', hant: '寫明了' }], verbatim: ['小米料本周完成全年35萬輛車交付目標 惟明年挑戰大 毛利率或降'] });

  it('chooses between Traditional characters by OpenCC’s phrases', () => {
    expect(convert('三天以后，皇后到了')).toBe('三天以後，皇后到了');
    expect(convert('头发，发展，发货')).toBe('頭髮，發展，發貨');
    expect(convert('干净，干部，干预')).toBe('乾淨，幹部，干預');
    expect(convert('一碗面条，面对面')).toBe('一碗麵條，面對面');
    expect(convert('一只猫，只有一个')).toBe('一隻貓，只有一個');
    expect(convert('台湾，一台冰箱')).toBe('臺灣，一臺冰箱');
  });

  it('writes Taiwan’s standard forms, and never changes a word for another', () => {
    expect(convert('他说，里面着火')).toBe('他說，裡面著火');
    expect(convert('软件，信息，视频，质量')).toBe('軟件，信息，視頻，質量');
  });

  it('writes an exception as its entry says, wherever it occurs', () => {
    expect(convert('书中写明了文号')).toBe('書中寫明了文號');
    expect(createHantConverter({ exceptions: [] }).convert('书中写明了文号')).toBe('書中寫明瞭文號');
  });

  it('keeps a passage published in Traditional as it was published', () => {
    // 香港01 wrote 本周; OpenCC would respell it 本週.
    expect(convert('标题：小米料本周完成全年35萬輛車交付目標 惟明年挑戰大 毛利率或降。')).toBe('標題：小米料本周完成全年35萬輛車交付目標 惟明年挑戰大 毛利率或降。');
    expect(createHantConverter({ exceptions: [] }).convert('小米料本周完成')).toBe('小米料本週完成');
  });

  it('leaves everything but Chinese characters as it is', () => {
    expect(convert('SU7 Ultra <b class="发">4000万</b> https://a.example/发?q=1')).toBe('SU7 Ultra <b class="發">4000萬</b> https://a.example/發?q=1');
    expect(convert('no Chinese here')).toBe('no Chinese here');
  });

  it('has a key that changes with what it was made from, and only then (the Traditional twins are cached by it)', () => {
    const made = (hant: string, verbatim: string[] = []) => createHantConverter({ exceptions: [{ text: '写明了', hant }], verbatim }).key;
    expect(made('寫明了')).toBe(made('寫明了'));
    expect(made('寫明了')).not.toBe(made('寫明瞭'));
    expect(made('寫明了')).not.toBe(made('寫明了', ['小米料本周完成']));
  });
});
