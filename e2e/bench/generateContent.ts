import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a synthetic content folder with `cases` case files that pass the same schemas and
 * checks as the real content: sources, entities, events (day and month precision), figures
 * (with derivations and disputes), cited prose in the seven sections, and stories. The text is
 * Chinese made from a fixed vocabulary with a seeded generator, so every run writes the same files.
 */
export function generateContent(dir: string, cases: number): { files: number } {
  let seed = 20261122;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = ['用户', '订单', '补偿', '法院', '判决', '定金', '投诉', '回应', '平台', '宣传', '价格', '车主', '维权', '监管', '召回', '公告', '系统', '错误', '合同', '承诺', '调查', '报道', '损失', '金额', '市场', '服务', '质量', '退款', '客服', '协议'];
  const sentence = () => `${Array.from({ length: 8 + Math.floor(random() * 8) }, () => pick(words)).join('')}。`;
  const paragraph = (cite: string) => `${sentence()}${sentence()}${sentence()}[@${cite}]`;
  const lines = ['互联网金融', '汽车', '家电', '智能硬件', '营销与公关', '资本市场'];
  const sections = ['承诺与宣传', '经过', '受影响的人与金额', '小米的回应', '法律与监管结果', '悬而未决', '争议之处'];
  const eventKinds = ['promise', 'incident', 'complaint', 'report', 'response', 'ruling'];

  for (const sub of ['cases', 'stories', 'sources', 'events', 'figures', 'entities']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  let files = 0;
  const write = (file: string, text: string) => {
    fs.writeFileSync(path.join(dir, file), text);
    files++;
  };

  // Published in 2026, after every synthetic event (2015–2025): a source may not predate what it supports.
  const sourceCount = Math.max(20, Math.ceil(cases / 2));
  const sourceId = (i: number) => `source-${i}`;
  for (let i = 0; i < sourceCount; i++) {
    write(
      `sources/${sourceId(i)}.yaml`,
      `outlet: 示例媒体${i % 40}\ntitle: 合成报道第${i}号：${sentence()}\npublished: 2026-0${1 + (i % 9)}-1${i % 10}\nurl: https://example.org/report/${i}\nkind: report\nlanguage: zh-Hans\nreliability: 基准测试用的合成来源。\n`,
    );
  }
  const entities = Array.from({ length: 50 }, (_, i) => `- id: entity-${i}\n  name: 合成机构${i}\n  kind: company\n  role: 基准测试用的合成机构。\n`);
  write('entities/synthetic.yaml', entities.join(''));

  for (let i = 0; i < cases; i++) {
    const slug = `case-${i}`;
    const year = 2015 + (i % 11);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const cites = [sourceId(i % sourceCount), sourceId((i * 7 + 3) % sourceCount), sourceId((i * 13 + 5) % sourceCount)];
    const body = sections.map((heading, s) => `## ${heading}\n\n${paragraph(cites[s % 3] as string)}\n\n${paragraph(cites[(s + 1) % 3] as string)}\n`).join('\n');
    write(
      `cases/${slug}.mdx`,
      `---\ntitle: 合成案件${i}：${pick(words)}${pick(words)}${pick(words)}\nshort: 合成${i}\nsummary: ${sentence()}${sentence()}\nline: ${lines[i % lines.length]}\nperiod:\n  start: ${year}-${month}-01\nstatus: 进行中\npromise: ${["product-claim", "safety", "order-terms"][i % 3]}\nparties: [entity-${i % 50}, entity-${(i + 1) % 50}]\nresponse:\n  summary: 合成回应：${sentence()}\n  date: ${year}-${month}-20\n  sources: [${cites[0]}]\nsources: [${cites.join(', ')}]\nkeyFigure: ${slug}-paid\npublished: 2026-11-22\nupdated: 2026-11-22\n---\n\n${body}`,
    );
    const events = Array.from({ length: 6 }, (_, e) => {
      const date = e === 5 ? `${year}-${month}` : `${year}-${month}-${String(2 + e * 4).padStart(2, '0')}`;
      // Two key events a case, as real cases have three to six: the incident and Xiaomi's response.
      const label = e === 1 || e === 4 ? `  label: 合成${i}${e === 1 ? '事故' : '回应'}\n` : '';
      return `- id: ${slug}-event-${e}\n  date: ${date}\n  title: 合成事件${e}：${pick(words)}${pick(words)}${pick(words)}${pick(words)}\n  summary: ${sentence()}\n  case: ${slug}\n  kind: ${eventKinds[e]}\n${label}  sources: [${cites[e % 3]}]\n`;
    });
    write(`events/${slug}.yaml`, events.join(''));
    const paid = 1000 + Math.floor(random() * 100000);
    const refund = Math.floor(paid * random());
    write(
      `figures/${slug}.yaml`,
      [
        `- id: ${slug}-paid\n  label: 合成实付金额\n  value: ${paid}\n  unit: CNY\n  kind: price\n  date: ${year}-${month}-02\n  case: ${slug}\n  sources: [${cites[0]}]\n  status: confirmed\n`,
        `- id: ${slug}-refund\n  label: 合成补偿金额\n  value: ${refund}\n  unit: CNY\n  kind: compensation-offered\n  date: ${year}-${month}-10\n  case: ${slug}\n  sources: [${cites[1]}]\n  status: reported\n`,
        `- id: ${slug}-gap\n  label: 合成差额\n  value: ${paid - refund}\n  unit: CNY\n  kind: user-loss\n  date: ${year}-${month}-10\n  case: ${slug}\n  sources: [${cites[1]}]\n  status: reported\n  derivation:\n    op: difference\n    of: [${slug}-paid, ${slug}-refund]\n`,
        `- id: ${slug}-people\n  label: 合成投诉人数\n  value: ${1 + Math.floor(random() * 5000)}\n  unit: people\n  kind: count\n  date: ${year}-${month}\n  case: ${slug}\n  sources: [${cites[2]}]\n  status: disputed\n  dispute:\n    note: 合成争议说明。\n    versions:\n      - says: 一种说法\n        sources: [${cites[0]}]\n      - says: 另一种说法\n        sources: [${cites[2]}]\n`,
      ].join(''),
    );
  }

  for (let s = 0; s < Math.max(1, Math.floor(cases / 50)); s++) {
    const covered = Array.from({ length: 5 }, (_, k) => `case-${(s * 5 + k) % cases}`);
    const body = Array.from({ length: 12 }, (_, p) => paragraph(sourceId((s + p) % sourceCount))).join('\n\n');
    write(`stories/story-${s}.mdx`, `---\ntitle: 合成专题${s}\ndek: ${sentence()}${sentence()}\npublished: 2026-11-22\nupdated: 2026-11-22\ncases: [${[...new Set(covered)].join(', ')}]\n---\n\n${body}\n`);
  }
  return { files };
}
