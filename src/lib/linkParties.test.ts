import { describe, expect, it } from 'vitest';
import { findPartyMentions } from './findPartyMentions';
import { linkParties } from './linkParties';

const group = { id: 'group', name: '小米集团', aliases: ['小米'] };
const company = { id: 'company', name: '小米科技有限责任公司', aliases: ['小米科技'] };
const person = { id: 'luo', name: '罗女士（化名）', aliases: [] };
const platform = { id: 'platform-2025', name: '2025', aliases: [] };
const court = { id: 'court', name: '海口市美兰区人民法院', aliases: ['美兰区法院'] };

describe('findPartyMentions', () => {
  it('finds a name as readers write it, without its remark in brackets', () => {
    expect(findPartyMentions('罗女士下单后收到通知', [person])).toEqual(['luo']);
  });
  it('takes the longest name first and counts no character twice', () => {
    expect(findPartyMentions('海淀区市场监管局对小米科技有限责任公司罚款', [group, company])).toEqual(['company']);
    expect(findPartyMentions('小米科技被罚，小米称不知情', [group, company])).toEqual(['company', 'group']);
  });
  it('lists parties in the order the text first names them', () => {
    expect(findPartyMentions('美兰区法院判小米返还，罗女士胜诉', [group, person, court])).toEqual(['court', 'group', 'luo']);
  });
  it('does not read a year as a platform named by digits', () => {
    expect(findPartyMentions('2025年7月，平台停业', [platform])).toEqual([]);
    expect(findPartyMentions('评论把“2025”列为暴雷平台', [platform])).toEqual(['platform-2025']);
  });
});

describe('linkParties', () => {
  const result = linkParties({
    cases: [
      { id: 'deposit', parties: ['group', 'court', 'luo'] },
      { id: 'fine', parties: ['company'] },
    ],
    events: [
      { id: 'e-ruling', caseId: 'deposit', text: '法院一审判决小米返还定金', parties: ['court'] },
      { id: 'e-fine', caseId: 'fine', text: '罚款决定：小米科技被罚', parties: [] },
      // 罗女士 is not a party of this case: an alias cannot tie her to it.
      { id: 'e-other', caseId: 'fine', text: '罗女士也在场', parties: [] },
    ],
    figures: [{ id: 'f-award', caseId: 'deposit', text: '法院判决返还的定金', parties: ['court', 'luo'] }],
    entities: [group, company, person, court],
  });
  it('ties each party to its cases, and to the records that name it or list it', () => {
    expect(result.byParty.get('court')).toEqual({ cases: ['deposit'], events: ['e-ruling'], figures: ['f-award'] });
    expect(result.byParty.get('group')).toEqual({ cases: ['deposit'], events: ['e-ruling'], figures: [] });
    expect(result.byParty.get('company')).toEqual({ cases: ['fine'], events: ['e-fine'], figures: [] });
    expect(result.byParty.get('luo')).toEqual({ cases: ['deposit'], events: [], figures: ['f-award'] });
  });
  it('gives every record the parties it concerns, named ones first', () => {
    expect(result.byRecord.get('e-ruling')).toEqual(['group', 'court']);
    expect(result.byRecord.get('e-other')).toEqual([]);
  });
});
