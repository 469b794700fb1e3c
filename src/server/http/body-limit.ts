import 'server-only';

/** Largest body the authentication route reads: its forms (sign in, sign out) are a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

/** The answer to a body over the limit: 413 with a JSON reason, the shape the auth route answers errors in. */
function tooLarge(maxBytes: number): Response {
  return Response.json({ code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than the ${maxBytes} bytes this route accepts.` }, { status: 413 });
}

/**
 * Runs `handler` only for a request whose body is at most `maxBytes`: a declared Content-Length
 * over the limit is refused before anything is read, and a body sent without one (chunked) is
 * counted as it arrives and refused as soon as it passes the limit, so nothing large is buffered.
 */
export function withBodyLimit(handler: (request: Request) => Promise<Response>, maxBytes: number) {
  return async (request: Request): Promise<Response> => {
    if (!request.body) return handler(request);
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return tooLarge(maxBytes);
    const reader = request.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
  };
}
