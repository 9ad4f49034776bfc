/**
 * Where the fixture site lives (see serveFixtureSite.ts): its public origin and base path as
 * built, and the port it is served on locally (PORT + 1, beside the real site's preview).
 */
export const FIXTURE_SITE = {
  origin: 'https://example.org',
  base: '/xinren/',
  port: Number(process.env['PORT'] ?? 4321) + 1,
} as const;
