import { socialCardRoute } from '../../../data/socialCardRoute';

/** The Traditional edition's cards (/zh-hant/og/cases/<slug>.png, …): the same cards, converted. */
export const { getStaticPaths, GET } = socialCardRoute('hant');
