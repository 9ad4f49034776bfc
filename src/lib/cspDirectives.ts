/**
 * The Content-Security-Policy of every page, beyond script-src and style-src (which Astro writes
 * with a hash of each inline style it emits; the site has no inline scripts). Nothing may come
 * from another host. Pagefind's WebAssembly runs in its worker (pagefind-worker.js), whose policy
 * comes from the server's headers (see securityHeaders.ts), so pages need no 'wasm-unsafe-eval'.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
