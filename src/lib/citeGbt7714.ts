export interface CitedPage {
  /** The responsible author, e.g. 信任账本编辑部. */
  author: string;
  title: string;
  /** The site's name, e.g. 信任账本. */
  siteName: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD: the version a reader cites. */
  updated: string;
  /** The page's canonical, absolute address. */
  url: string;
}

/**
 * A page as an electronic resource in GB/T 7714-2015 (the Chinese national reference
 * standard, 8.8): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The date in round brackets is the page's last update (the standard asks for the update or
 * revision date of an online resource, which is the publication date while it has none); the
 * one in square brackets is when the reader cited it (YYYY-MM-DD).
 */
export function citeGbt7714(page: CitedPage, accessed: string): string {
  return `${page.author}. ${page.title}[EB/OL]. (${page.updated})[${accessed}]. ${page.url}.`;
}
