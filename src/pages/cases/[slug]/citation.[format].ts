import type { APIRoute } from 'astro';
import { getCitationPaths, type CitationFileProps } from '../../../data/getCitationPaths';
import { citationResponse } from '../../../lib/citationResponse';

/** /cases/<slug>/citation.ris, .bib and .json (see data/getCitationRecords.ts). */
export const getStaticPaths = () => getCitationPaths('cases', 'slug');
export const GET: APIRoute = ({ props }) => citationResponse(props as CitationFileProps);
