import type { AddressVerdict } from './checkAddresses.ts';

export interface AddressReport {
  /** The report, one line per address that is not fine, then the counts. */
  lines: string[];
  /** No address got any HTTP answer: the network (or DNS) is not reachable from here. */
  unreachable: boolean;
  /** Addresses dead, moved, timed out or in error. */
  problems: number;
}

/**
 * What `npm run check:sources` prints: each address that is dead, moved (with its new address),
 * timed out or failed, with the sources that cite it; the counts; and, when not a single address
 * got an HTTP answer, that the network is unreachable, so that a run without network is never
 * read as every source being dead. Pure.
 */
export function reportAddressCheck(verdicts: readonly AddressVerdict[], sourcesOf: ReadonlyMap<string, readonly string[]>): AddressReport {
  const who = (url: string) => (sourcesOf.get(url) ?? []).join(', ');
  const lines: string[] = [];
  const count = { ok: 0, dead: 0, moved: 0, timeout: 0, error: 0 };
  for (const v of verdicts) {
    count[v.result] += 1;
    if (v.result === 'dead') lines.push(`dead     ${v.status} ${v.url}  (${who(v.url)})`);
    if (v.result === 'moved') lines.push(`moved    ${v.status} ${v.url} -> ${v.location}  (${who(v.url)})`);
    if (v.result === 'timeout') lines.push(`timeout  after ${v.after} ms ${v.url}  (${who(v.url)})`);
    if (v.result === 'error') lines.push(`error    ${v.url}: ${v.message}  (${who(v.url)})`);
  }
  const answered = verdicts.some((v) => v.result === 'ok' || v.result === 'dead' || v.result === 'moved' || (v.result === 'error' && v.status !== undefined));
  const unreachable = verdicts.length > 0 && !answered;
  lines.push(`${verdicts.length} addresses: ${count.ok} fine, ${count.dead} dead, ${count.moved} moved, ${count.timeout} timed out, ${count.error} errors`);
  if (unreachable) {
    const first = verdicts[0];
    const why = first?.result === 'error' ? first.message : first?.result === 'timeout' ? `time-out after ${first.after} ms` : '';
    lines.push(`network unreachable: not one address answered (${why}); nothing about the sources can be concluded from this run`);
  }
  return { lines, unreachable, problems: count.dead + count.moved + count.timeout + count.error };
}
