// The reference for `npm run bench`: a bare Next.js app with one static page, built with the same
// Next.js as ScamSense. Packages resolve from the repository's node_modules.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const nextConfig = {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
};

export default nextConfig;
