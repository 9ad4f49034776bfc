import { sharePosterRoute } from '../../data/sharePosterRoute';

/** One 1080×1920 share poster per case and story (/posters/cases/<slug>.png, …) and the site's (/posters/site.png). */
export const { getStaticPaths, GET } = sharePosterRoute('hans');
