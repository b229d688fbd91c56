// Read a fetch Response body with a byte cap. The cap counts decoded bytes (fetch already undid
// gzip/br), so a small compressed bomb is caught too; Content-Length lets us refuse before reading.
import { PermanentError } from '../../src/core/errors.js';

export function tooLarge(url: string, maxBytes: number, got?: number): PermanentError {
  const size = got === undefined ? 'more than' : `${got} bytes, more than`;
  return new PermanentError(`response from ${url} is too large (${size} the ${maxBytes}-byte limit, crawl.maxBytes)`, 'too_large');
}

/** What is read of a response: the global fetch's Response and undici's both fit. */
export interface CappedBodySource {
  headers: { get(name: string): string | null };
  body: { getReader(): ReadableStreamDefaultReader<Uint8Array>; cancel(): Promise<void> } | null;
}

export async function readBodyCapped(res: CappedBodySource, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  // Content-Length of an encoded body is the compressed size; only trust it to refuse, not to allow.
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers.get('content-encoding')) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge(url, maxBytes, declared);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}
