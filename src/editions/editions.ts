/**
 * The site's two editions, declared once: the Simplified one, which the content is written in,
 * at the site's root, and its Traditional twin under /zh-hant/, generated from the built
 * Simplified site at the end of the build (integrations/hantEdition.ts). Everything that
 * differs between them is here; what a page says comes from the same content either way.
 */
/** The Traditional edition's folder inside the base path. */
export const HANT_PREFIX = 'zh-hant/';

export const EDITIONS = {
  hans: {
    /** <html lang>: the Simplified pages keep the tag they have always had. */
    lang: 'zh-CN',
    /** hreflang, and the script the edition is written in. */
    hreflang: 'zh-Hans',
    /** The edition's folder inside the base path ('' for the root). */
    prefix: '',
    /** The twin link's text, written in this edition's own script. */
    label: '简体',
    ogLocale: 'zh_CN',
    /** schema.org inLanguage. */
    inLanguage: 'zh-CN',
    /** The one-time note shown to a reader whose browser prefers this script, on a page of the other edition. */
    note: '本站有简体中文版。',
    noteLink: '阅读本页简体版',
    dismiss: '不用了',
  },
  hant: {
    lang: 'zh-Hant',
    hreflang: 'zh-Hant',
    prefix: HANT_PREFIX,
    label: '繁體',
    ogLocale: 'zh_TW',
    inLanguage: 'zh-Hant',
    note: '本站有繁體中文版。',
    noteLink: '閱讀本頁繁體版',
    dismiss: '不用了',
  },
} as const;

export type EditionId = keyof typeof EDITIONS;

/** The Traditional edition's folder, as a site path. */
export const HANT_ROOT = `/${HANT_PREFIX}`;
