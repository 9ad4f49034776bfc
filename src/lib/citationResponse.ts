import type { CitationRecord } from './citationRecord';
import { CITATION_FORMATS, type CitationFormat } from './citationFormats';

/** A citation file as the endpoint sends it: the format's writer over the record, with its media type. */
export function citationResponse(props: { record: CitationRecord; format: CitationFormat }): Response {
  const format = CITATION_FORMATS[props.format];
  return new Response(format.write(props.record), { headers: { 'Content-Type': format.type } });
}
