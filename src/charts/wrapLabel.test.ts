import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel';

describe('wrapLabel', () => {
  it('keeps a label that fits', () => {
    expect(wrapLabel('互联网金融', 5)).toEqual(['互联网金融']);
  });

  it('breaks into lines and shortens the last one with an ellipsis', () => {
    expect(wrapLabel('互联网金融', 3, 2)).toEqual(['互联网', '金融']);
    expect(wrapLabel('投诉与维权', 4, 2)).toEqual(['投诉与', '维权']);
    expect(wrapLabel('营销与公关', 4, 2)).toEqual(['营销与', '公关']);
    expect(wrapLabel('11.11元冰箱订单被“系统错误”取消', 8, 1)).toEqual(['11.11元冰箱订…']);
    expect(wrapLabel('小米推广的P2P理财平台接连暴雷', 6, 2)).toEqual(['小米推广的P', '2P理财平…']);
  });
});
