import { runPool } from './runPool.ts';

export type AddressVerdict =
  | { url: string; result: 'ok'; status: number; method: 'HEAD' | 'GET' }
  | { url: string; result: 'dead'; status: 404 | 410; method: 'HEAD' | 'GET' }
  | { url: string; result: 'moved'; status: 301 | 308; location: string; method: 'HEAD' | 'GET' }
  | { url: string; result: 'timeout'; after: number }
  | { url: string; result: 'error'; status?: number; message: string };

export interface CheckAddressesOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Milliseconds a request may take before it counts as a time-out. */
  timeoutMs: number;
  /** The fetch to use (the global one by default). */
  fetch?: typeof fetch;
}

/**
 * Checks each address once, `concurrency` at a time: a HEAD request, then a GET where HEAD got
 * no usable answer (many servers refuse HEAD with 403, 405 or 501, or drop it), neither following
 * redirects. 404 and 410 are dead; 301 and 308 moved, with the new address resolved against the
 * old; any other 2xx or 3xx is fine (a temporary redirect says nothing about the address); other
 * statuses and network failures are errors; a request that outlasts `timeoutMs` is a time-out.
 * Results come back in the addresses' order.
 */
export async function checkAddresses(urls: readonly string[], options: CheckAddressesOptions): Promise<AddressVerdict[]> {
  const doFetch = options.fetch ?? fetch;
  const results = new Map<string, AddressVerdict>();
  const request = (url: string, method: 'HEAD' | 'GET') =>
    doFetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs), headers: { 'User-Agent': 'xinren-check-sources (link check)' } });
  const judge = (url: string, response: Response, method: 'HEAD' | 'GET'): AddressVerdict | undefined => {
    const { status } = response;
    if (status === 404 || status === 410) return { url, result: 'dead', status, method };
    if (status === 301 || status === 308) return { url, result: 'moved', status, location: new URL(response.headers.get('location') ?? '', url).href, method };
    if (status >= 200 && status < 400) return { url, result: 'ok', status, method };
    return undefined;
  };
  const failure = (url: string, error: unknown): AddressVerdict => {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { url, result: 'timeout', after: options.timeoutMs };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { url, result: 'error', message: `${error instanceof Error ? error.message : String(error)}${cause}` };
  };
  await runPool(urls, options.concurrency, async (url) => {
    let head: AddressVerdict | undefined;
    try {
      const response = await request(url, 'HEAD');
      await response.body?.cancel();
      head = judge(url, response, 'HEAD');
    } catch (error) {
      // A time-out on HEAD is a time-out: a GET would wait as long again.
      if (failure(url, error).result === 'timeout') head = failure(url, error);
    }
    if (head) {
      results.set(url, head);
      return;
    }
    try {
      const response = await request(url, 'GET');
      await response.body?.cancel();
      results.set(url, judge(url, response, 'GET') ?? { url, result: 'error', status: response.status, message: `HTTP ${response.status}` });
    } catch (error) {
      results.set(url, failure(url, error));
    }
  });
  return urls.map((url) => results.get(url) as AddressVerdict);
}
