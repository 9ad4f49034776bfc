import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../lib/qrCodeSvg';
import { convertHtmlToHant } from './convertHtmlToHant';
import { createHantConverter } from './createHantConverter';
import { editionLinkHtml } from './editionLinkHtml';
import type { TwinSite } from './twinUrl';

const site: TwinSite = {
  convert: createHantConverter({ exceptions: [] }).convert,
  origin: 'https://x.example',
  base: '/xinren/',
  hasTwin: (file) => !file.startsWith('/data/') || file.endsWith('.html'),
};
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('convertHtmlToHant', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html lang="zh-CN" data-base="/xinren/"><head>${head}</head><body>${body}</body></html>`;

  it('declares the edition and converts every text and attribute', () => {
    const html = convertHtmlToHant(page('<meta property="og:locale" content="zh_CN"><title>小米汽车</title>', '<p title="发货">订单被取消<b>后</b>来</p>'), '/cases/x/', site);
    expect(html).toContain('<html lang="zh-Hant" data-base="/xinren/zh-hant/">');
    expect(html).toContain('<meta property="og:locale" content="zh_TW">');
    expect(html).toContain('<title>小米汽車</title>');
    expect(html).toContain('<p title="發貨">訂單被取消<b>後</b>來</p>');
  });

  it('leads links to the twins, keeping anchors; shared files and the hreflang alternates stay', () => {
    const html = convertHtmlToHant(
      page(
        '<link rel="canonical" href="https://x.example/xinren/cases/x/"><link rel="alternate" hreflang="zh-Hans" href="https://x.example/xinren/cases/x/">',
        '<a href="/xinren/timeline/#anhui-crash">时间线</a><a href="/xinren/data/events.csv">下载</a><a href="../../stories/y/">专题</a><a href="/xinren/search/?q=%E5%89%8D%E8%88%B1%E7%9B%96&amp;type=case">搜</a><p>https://x.example/xinren/cases/x/。</p>',
      ),
      '/cases/x/',
      site,
    );
    expect(html).toContain('<link rel="canonical" href="https://x.example/xinren/zh-hant/cases/x/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-Hans" href="https://x.example/xinren/cases/x/">');
    expect(html).toContain('href="/xinren/zh-hant/timeline/#anhui-crash"');
    expect(html).toContain('href="/xinren/data/events.csv"');
    expect(html).toContain('href="../../stories/y/"');
    expect(html).toContain(`href="/xinren/zh-hant/search/?q=${encodeURIComponent('前艙蓋')}&amp;type=case"`);
    expect(html).toContain('<p>https://x.example/xinren/zh-hant/cases/x/。</p>');
  });

  it('loads the twins of the scripts and their preloads, whose messages are converted', () => {
    const html = convertHtmlToHant(page('<link rel="modulepreload" href="/xinren/_astro/a.js"><script type="module" src="/xinren/_astro/b.js"></script>', ''), '/cases/x/', site);
    expect(html).toContain('<link rel="modulepreload" href="/xinren/zh-hant/_astro/a.js">');
    expect(html).toContain('<script type="module" src="/xinren/zh-hant/_astro/b.js"></script>');
  });

  it('gives a share link the twin’s address and title, and leaves other outside links alone', () => {
    const weibo = `https://service.weibo.com/share/share.php?${new URLSearchParams({ url: 'https://x.example/xinren/cases/x/', title: '冰箱订单' })}`;
    const html = convertHtmlToHant(page('', `<a href="${weibo}">微博</a><a href="https://news.example/?q=%E5%8F%91">报道</a>`), '/cases/x/', site);
    expect(html).toContain(`url=${encodeURIComponent('https://x.example/xinren/zh-hant/cases/x/')}&amp;title=${encodeURIComponent('冰箱訂單')}`);
    expect(html).toContain('href="https://news.example/?q=%E5%8F%91"');
  });

  it('swaps the link to the twin for the link back, and keeps what declares its own language', () => {
    const html = convertHtmlToHant(page('', `${editionLinkHtml('hant', '/xinren/zh-hant/cases/x/')}<q lang="zh-Hans">说的<b>话</b></q>`), '/cases/x/', site);
    expect(html).toContain(editionLinkHtml('hans', '/xinren/cases/x/'));
    expect(html).toContain('<q lang="zh-Hans">说的<b>话</b></q>');
  });

  it('draws each QR code again for the twin’s address', () => {
    const html = convertHtmlToHant(page('', qrCodeSvg('https://x.example/xinren/cases/x/', '本页地址的二维码')), '/cases/x/', site);
    expect(html).toContain(qrCodeSvg('https://x.example/xinren/zh-hant/cases/x/', '本頁地址的二維碼'));
    expect(() => convertHtmlToHant(page('', qrCodeSvg('https://x.example/xinren/other/', '二维码')), '/cases/x/', site)).toThrow(/QR code/);
  });

  it('converts structured data, says zh-Hant, and rehashes the policy for the changed blocks', () => {
    const json = JSON.stringify({ '@type': 'Article', headline: '小米汽车', inLanguage: 'zh-CN', url: 'https://x.example/xinren/cases/x/' });
    const style = 'p{color:red}';
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(json)}; style-src 'self' ${sha(style)}">`;
    const html = convertHtmlToHant(page(`${csp}<style>${style}</style><script type="application/ld+json">${json}</script>`, ''), '/cases/x/', site);
    const converted = JSON.stringify({ '@type': 'Article', headline: '小米汽車', inLanguage: 'zh-Hant', url: 'https://x.example/xinren/zh-hant/cases/x/' });
    expect(html).toContain(`<script type="application/ld+json">${converted}</script>`);
    expect(html).toContain(`script-src 'self' ${sha(converted)}; style-src 'self' ${sha(style)}`);
  });
});
