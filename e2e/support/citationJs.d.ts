/**
 * The part of citation.js (which ships no types) the tests use: `new Cite(text, { forceType })`
 * parses a file into CSL-JSON items (`data`); the plugins register their formats on import.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: unknown[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
