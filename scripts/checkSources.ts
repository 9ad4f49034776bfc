// npm run check:sources [-- --strict] [--timeout=10000] [--concurrency=6]: checks every source
// address in content/sources (HEAD, then GET where HEAD gets no usable answer; no redirects
// followed) and reports those dead (404, 410), moved (301, 308, with the new address), timed out
// or failing, with the sources citing them. Exits 0 unless --strict is given, then 1 when any
// address has a problem and 2 when the network is unreachable (not one address answered).
// Run by the project's Node (node_modules/.bin/node, which runs TypeScript): relative imports
// carry their .ts extension for it.
import path from 'node:path';
import { checkAddresses } from '../src/lib/checkAddresses.ts';
import { readRecordFiles } from '../src/lib/readRecordFiles.ts';
import { reportAddressCheck } from '../src/lib/reportAddressCheck.ts';
import { siteConfig } from '../src/site.config.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = value === undefined ? fallback : Number(value);
  if (!(n > 0)) throw new Error(`--${name} needs a positive number, not ${value}`);
  return n;
};
const strict = args.includes('--strict');
const timeoutMs = option('timeout', 10_000);
const concurrency = option('concurrency', 6);

const { records } = readRecordFiles(path.join(siteConfig.contentDir, 'sources'));
const sourcesOf = new Map<string, string[]>();
for (const record of records) {
  const url = record.data['url'];
  if (typeof url === 'string') sourcesOf.set(url, [...(sourcesOf.get(url) ?? []), String(record.id)]);
}
console.log(`checking ${sourcesOf.size} source addresses, ${concurrency} at a time, ${timeoutMs} ms each…`);
const verdicts = await checkAddresses([...sourcesOf.keys()], { concurrency, timeoutMs });
const report = reportAddressCheck(verdicts, sourcesOf);
for (const line of report.lines) console.log(line);
if (strict) process.exitCode = report.unreachable ? 2 : report.problems > 0 ? 1 : 0;
