import { createHash } from 'node:crypto';
import { qrCodeSvg } from '../lib/qrCodeSvg';
import { serialiseJsonLd } from '../lib/serialiseJsonLd';
import { editionLinkHtml } from './editionLinkHtml';
import { EDITIONS, HANT_ROOT } from './editions';
import { rewriteSiteUrls } from './rewriteSiteUrls';
import { twinUrl, type TwinSite } from './twinUrl';

const PARTS = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|(<!--[\s\S]*?-->)|(<\/?[a-zA-Z][^>]*>)|([^<]+)|(<)/g;
const ATTRIBUTE = /(\s+)([^\s=/>"']+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-src']);
const EDITION_LINK = /<a class="edition-link"[^>]*>[^<]*<\/a>/g;
const QR_CODE = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img" aria-label="([^"]*)" shape-rendering="crispEdges">[\s\S]*?<\/svg>/g;
const CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const unescape = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function convertJsonLd(json: string, site: TwinSite): string {
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key === 'inLanguage' && value === EDITIONS.hans.inLanguage ? EDITIONS.hant.inLanguage : rewriteSiteUrls(site.convert(value), site);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return serialiseJsonLd(walk(JSON.parse(json)));
}

/** An element's attributes by lower-case name, their values as written. */
function attributesOf(element: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of element.matchAll(ATTRIBUTE)) attributes.set((match[2] ?? '').toLowerCase(), match[4] ?? match[5] ?? match[6] ?? '');
  return attributes;
}

/** An opening tag as the Traditional twin writes it: its links led to the twins, its text converted. */
function convertAttributes(element: string, name: string, attributes: Map<string, string>, site: TwinSite): string {
  const property = attributes.get('property');
  return element.replace(ATTRIBUTE, (whole, space: string, attribute: string, equals?: string, double?: string, single?: string, bare?: string) => {
    const value = double ?? single ?? bare;
    if (value === undefined || equals === undefined) return whole;
    const key = attribute.toLowerCase();
    let next: string;
    if (name === 'html' && key === 'lang') next = EDITIONS.hant.lang;
    else if (name === 'html' && key === 'data-base') next = `${value}${HANT_ROOT.slice(1)}`;
    else if (name === 'meta' && key === 'content' && property === 'og:locale') next = EDITIONS.hant.ogLocale;
    else if (URL_ATTRIBUTES.has(key) || (key === 'content' && /^https?:\/\//.test(value))) next = escape(twinUrl(unescape(value), site));
    else next = rewriteSiteUrls(site.convert(value), site);
    return next === value ? whole : `${space}${attribute}${equals}"${next}"`;
  });
}

/**
 * The Traditional twin of a built Simplified page (`sitePath`, e.g. `/cases/x/`), from its HTML:
 * - every text and attribute in Chinese converted (`site.convert`), except in an element that
 *   declares a language of its own (`lang`: the link to the other edition, a quotation);
 * - every link to a page or file that has a twin leads to it (twinUrl; addresses written out
 *   in text too: rewriteSiteUrls), except the hreflang alternates, which name both editions;
 * - `<html lang="zh-Hant" data-base=".../zh-hant/">`, `og:locale` zh_TW, JSON-LD `inLanguage`;
 * - the link to the twin swapped for the link back, each QR code drawn again for the twin's
 *   address (a QR code it cannot recognise as the page's own stops the build);
 * - the Content-Security-Policy's hashes recomputed for the inline blocks the conversion changed.
 */
export function convertHtmlToHant(html: string, sitePath: string, site: TwinSite): string {
  const hansUrl = `${site.origin}${site.base}${sitePath.slice(1)}`;
  const hantUrl = `${site.origin}${site.base}${HANT_ROOT.slice(1)}${sitePath.slice(1)}`;
  const codes: string[] = [];
  let page = html.replace(QR_CODE, (svg, label: string) => {
    if (svg !== qrCodeSvg(hansUrl, unescape(label))) throw new Error(`${sitePath}: a QR code that does not encode the page's address (${hansUrl}) cannot be drawn again for its twin`);
    codes.push(qrCodeSvg(hantUrl, site.convert(unescape(label))));
    return `<!--hant-qr-${codes.length - 1}-->`;
  });
  page = page.replace(EDITION_LINK, () => editionLinkHtml('hans', `${site.base}${sitePath.slice(1)}`));
  const hashes = new Map<string, string>();
  // Elements with a language of their own, open around the current position: kept as written.
  const kept: string[] = [];
  page = page.replace(PARTS, (part, open?: string, tag?: string, body?: string, close?: string, comment?: string, element?: string, text?: string) => {
    if (open !== undefined && body !== undefined && close !== undefined) {
      if (kept.length > 0) return part;
      const type = /\btype="([^"]*)"/.exec(open)?.[1];
      const converted = body === '' ? body : tag?.toLowerCase() === 'style' ? site.convert(body) : type === 'application/ld+json' ? convertJsonLd(body, site) : body;
      if (converted !== body) hashes.set(sha256(body), sha256(converted));
      // A script's file leads to its twin, whose messages are converted.
      return `${convertAttributes(open, tag?.toLowerCase() ?? '', attributesOf(open), site)}${converted}${close}`;
    }
    if (comment !== undefined) return part;
    if (text !== undefined) return kept.length > 0 ? text : rewriteSiteUrls(site.convert(text), site);
    if (element === undefined) return part;
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(element)?.[1]?.toLowerCase() ?? '';
    if (element.startsWith('</')) {
      if (kept.length > 0 && kept[kept.length - 1] === name) kept.pop();
      return element;
    }
    if (kept.length > 0) {
      if (!VOID.has(name) && !element.endsWith('/>')) kept.push(name);
      return element;
    }
    const attributes = attributesOf(element);
    if (name !== 'html' && attributes.has('lang')) {
      if (!VOID.has(name) && !element.endsWith('/>')) kept.push(name);
      return element;
    }
    if (name === 'link' && attributes.has('hreflang')) return element;
    return convertAttributes(element, name, attributes, site);
  });
  if (hashes.size > 0) {
    page = page.replace(CSP, (_, before: string, policy: string, after: string) => `${before}${policy.replace(/'sha256-[^']+'/g, (hash) => hashes.get(hash) ?? hash)}${after}`);
  }
  return page.replace(/<!--hant-qr-(\d+)-->/g, (_, index: string) => codes[Number(index)] ?? '');
}
