import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './src/server/http/security-headers';

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon; it must be required at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // Pages also get a per-request Content-Security-Policy from src/proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
