import { limits } from '../../core';

/** A Markdown file downloaded from an address, or why it could not be. */
export type FetchedMarkdown = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

/** How long a download may take before it is given up. */
const fetchTimeoutMs = 20_000;

const megabytes = limits.maxInputBytes / (1024 * 1024);

/**
 * Downloads a Markdown file for "Open from URL": only when the user asks, without cookies or a referrer, from a
 * server that allows it (CORS), at most `limits.maxInputBytes`. A failure says which it was: not an address, the
 * network, CORS, not found, too big, or not Markdown (a web page, an image).
 */
export async function fetchMarkdown(address: string, signal?: AbortSignal): Promise<FetchedMarkdown> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return {
      ok: false,
      message: 'That is not a web address. Enter the full address, starting with https://.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Only web addresses (https://…) can be opened.' };
  }
  const timeout = AbortSignal.timeout(fetchTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const options: RequestInit = {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    signal: combined,
  };
  let response: Response;
  try {
    response = await fetch(url, options);
  } catch {
    if (timeout.aborted) {
      return { ok: false, message: `${url.host} did not answer within ${fetchTimeoutMs / 1000} seconds.` };
    }
    return { ok: false, message: await explainFailure(url, options) };
  }
  if (response.status === 404 || response.status === 410) {
    return {
      ok: false,
      message: `There is no file at this address (${url.host} answered ${response.status}, not found). Check the address.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message: `${url.host} answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} instead of the file.`,
    };
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    return {
      ok: false,
      message:
        'This address gives a web page, not a Markdown file. Use the address of the raw file (on GitHub or GitLab, the “Raw” button).',
    };
  }
  if (
    type &&
    !type.startsWith('text/') &&
    type !== 'application/octet-stream' &&
    type !== 'application/markdown'
  ) {
    return { ok: false, message: `This address gives ${type}, not a Markdown file.` };
  }
  const tooBig = `The file at this address is larger than the ${megabytes} MB Specwright opens.`;
  if (Number(response.headers.get('content-length') ?? 0) > limits.maxInputBytes)
    return { ok: false, message: tooBig };
  const bytes = await readCapped(response, limits.maxInputBytes);
  if (bytes === 'too-big') return { ok: false, message: tooBig };
  if (bytes === 'failed')
    return { ok: false, message: `The download from ${url.host} broke off. Try again.` };
  return { ok: true, name: fileName(url), bytes };
}

/** A fetch that fails gives no reason; a second, opaque request tells a server that refuses CORS from one not reached. */
async function explainFailure(url: URL, options: RequestInit): Promise<string> {
  try {
    await fetch(url, { ...options, mode: 'no-cors' });
    return `${url.host} does not allow other sites to read this file (no CORS header), so the browser kept it from Specwright. Download the file and open it with “Open Markdown file”, or use an address that allows it (a raw file on a code host).`;
  } catch {
    return `${url.host} could not be reached: you may be offline, or the address is wrong.`;
  }
}

/** The body, stopping as soon as it passes `max` bytes (a server can lie about or omit its length). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | 'too-big' | 'failed'> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        return 'too-big';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed';
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.host;
  } catch {
    return last ?? url.host;
  }
}
