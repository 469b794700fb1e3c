import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './src/server/http/security-headers';

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon; it must be required at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  experimental: {
    // The largest server-action body: importing a roster sends the checked file again (256 KB at
    // most, as base64). scripts/serve.mjs refuses a larger body with 413 before Next.js reads it;
    // the authentication route has its own, smaller limit (src/server/http/body-limit.ts).
    serverActions: { bodySizeLimit: '1mb' },
    // An address no route claims gets src/app/global-not-found.tsx, rendered on the server in the
    // visitor's language (the root layout sits under [locale], so there is no root not-found page).
    globalNotFound: true,
  },
  // Pages also get a per-request Content-Security-Policy from src/proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
