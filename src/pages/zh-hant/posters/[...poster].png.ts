import { sharePosterRoute } from '../../../data/sharePosterRoute';

/** The Traditional edition's posters (/zh-hant/posters/cases/<slug>.png, …): Traditional text, and a QR code of the twin's address. */
export const { getStaticPaths, GET } = sharePosterRoute('hant');
