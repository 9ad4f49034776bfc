/**
 * What a citation file says about a page or a source, in CSL's terms (the model CSL-JSON is, and
 * that RIS and BibTeX are written from): one record, three files (citeRis, citeBibtex, citeCslJson).
 */
export interface CitationRecord {
  /** The key reference managers file it under: ASCII, stable (xinren-case-p2p-promotion-2018). */
  id: string;
  /** CSL item type. */
  type: 'webpage' | 'article-newspaper' | 'legal_case' | 'document';
  title: string;
  /** Authors as written (信任账本编辑部, an outlet's reporter): institutional names are never split into family and given. */
  authors: readonly string[];
  /** The site or the outlet it appeared in. */
  container?: string | undefined;
  publisher?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD: for the site's pages, the last update (the version a reader cites). */
  issued: string;
  url?: string | undefined;
  /** BCP 47 (zh-CN, zh-Hant, en). */
  language: string;
  abstract?: string | undefined;
  keywords?: readonly string[] | undefined;
  note?: string | undefined;
}
