// Serves the production build. A thin wrapper around Next.js that records who sent each request
// (see client-address.mjs) in the X-Client-Address header, the only address the app trusts; any
// such header from outside is replaced, and X-Forwarded-For from outside is dropped unless proxies
// are trusted, so neither the app nor its libraries can be fooled by a forged one.
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { createAnonymousPageCache } from './anonymous-page-cache.mjs';
import { clientAddress, trustedProxyHops } from './client-address.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

// No route reads a body over 1 MB (next.config.ts serverActions.bodySizeLimit, and less for the
// authentication route): a larger declared one is refused here with a plain 413, before Next.js
// would read it and answer a bare 500.
const MAX_BODY_BYTES = 1024 * 1024;
// Except image uploads (src/app/api/admin/media/route.ts): an image may be 5 MB, and the route
// limits its body itself.
const UPLOAD_PATH = '/api/admin/media';
const MAX_UPLOAD_BODY_BYTES = 5 * 1024 * 1024;

// The home page of each language is the same for every visitor without a device or a session.
const pageCache = createAnonymousPageCache({ paths: ['/en', '/zh-CN'] });

const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const maxBytes = request.url?.split('?')[0] === UPLOAD_PATH ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    response.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    response.end(`The request is larger than ${maxBytes / 1024 / 1024} MB, the most this app accepts here. Send a smaller file or form.\n`);
    return;
  }
  request.headers['x-client-address'] = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], hops);
  if (hops === 0) {
    delete request.headers['x-forwarded-for'];
    delete request.headers['x-real-ip'];
  }
  if (pageCache.serve(request, response)) return;
  pageCache.capture(request, response);
  handle(request, response);
}).listen(port, () => console.log(`Ready on port ${port}${hops > 0 ? ` behind ${hops} trusted proxy hop(s)` : ''}`));
