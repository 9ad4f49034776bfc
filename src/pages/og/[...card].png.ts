import { socialCardRoute } from '../../data/socialCardRoute';

/** One 1200×630 PNG per case and story (/og/cases/<slug>.png, …) and the site's (/og/site.png). */
export const { getStaticPaths, GET } = socialCardRoute('hans');
