import type { CitationRecord } from '../lib/citationRecord';
import { CITATION_FORMATS, type CitationFormat } from '../lib/citationFormats';
import { withCacheKey } from '../lib/withCacheKey';
import { getCitationRecords } from './getCitationRecords';

export interface CitationFileProps {
  record: CitationRecord;
  format: CitationFormat;
}

/**
 * The static paths of one collection's citation files (`/<collection>/<id>/citation.<format>`),
 * for the route's getStaticPaths: `param` is the route's name for the id (slug, id).
 */
export async function getCitationPaths(collection: 'cases' | 'stories' | 'sources', param: 'slug' | 'id') {
  const records = await getCitationRecords();
  return withCacheKey(
    [...records]
      .filter(([path]) => path.startsWith(`/${collection}/`))
      .flatMap(([path, record]) =>
        (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({ params: { [param]: path.split('/')[2], format }, props: { record, format } satisfies CitationFileProps })),
      ),
  );
}
