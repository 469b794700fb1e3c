# ScamSense as a container: the production build of this checkout, its content baked in, served
# by `node scripts/start.mjs` (what `npm start` runs). Every container made from one image runs the
# same build and serves the same content, as several instances must; see docs/deployment.md.
#
#   docker build -t scamsense .
#   docker compose up -d            # two instances, PostgreSQL and nginx: see compose.yaml

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# better-sqlite3 is a native addon: its install downloads a prebuilt binary and compiles from
# source when none fits (another CPU, no network to its release host), which needs these tools.
# They stay in this stage; the final image does not carry them.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

# Dependencies first, so a change of code or content reuses this layer. npm's postinstall runs
# `prisma generate` for both databases, which reads the schemas under prisma/; @node-rs/argon2
# comes as a prebuilt package for the platform. All dependencies, dev ones included: the build
# needs TypeScript.
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

COPY . .
# The build cache (.next/cache) is only for the next build. Then drop the dev dependencies; tsx
# stays in the tree (it is an optional peer of a production dependency), and `npm start` needs it
# for the first-admin link, as `npm run admin:create` does: check rather than find out later.
RUN npm run build \
  && rm -rf .next/cache \
  && npm prune --omit=dev --no-audit --no-fund \
  && { test -f node_modules/tsx/dist/cli.mjs || { echo 'npm prune removed tsx, which npm start needs' >&2; exit 1; }; }

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000

# Code, content and dependencies belong to root, so the app cannot change them. The app's user
# (node, uid 1000, from the base image) owns only what it writes: .next (Next.js's run-time cache)
# and data/ (the SQLite database and the generated auth secret, when those are used; mount a
# volume there for SQLite).
COPY --from=build /app/package.json /app/package-lock.json /app/next.config.ts /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/src ./src
COPY --from=build /app/public ./public
COPY --from=build /app/content ./content
COPY --from=build --chown=node:node /app/.next ./.next
# `npm start` rebuilds when a file under src/ (or next.config.ts, package-lock.json) is newer than
# .next/BUILD_ID. This build was made from exactly these files; marking it newest keeps a copy
# that changed the files' times from rebuilding at every start.
RUN touch .next/BUILD_ID \
  && mkdir -m 0700 data \
  && chown node:node data

USER node
EXPOSE 3000
CMD ["node", "scripts/start.mjs"]
