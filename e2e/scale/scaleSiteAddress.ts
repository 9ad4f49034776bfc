/** Where the generated scale site lives (see serveScaleSite.ts): origin and base path as built, local port (PORT + 2), size. */
export const SCALE_SITE = {
  origin: 'https://example.org',
  base: '/xinren/',
  port: Number(process.env['PORT'] ?? 4321) + 2,
  cases: Number(process.env['SCALE_CASES'] ?? 1000),
} as const;
