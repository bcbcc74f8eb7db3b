# syntax=docker/dockerfile:1
# OpenHuddle production image: the API (which also serves the built web app) with production
# dependencies only, run as an unprivileged user. Build: `docker build -t openhuddle .`
# Production shape (two replicas, Caddy, PostgreSQL, Redis): see docker-compose.yml and docs/operations.md.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
# The exact pnpm of package.json's packageManager field.
RUN npm install -g pnpm@12.23.0 && npm cache clean --force
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
  && pnpm build \
  && pnpm --filter @openhuddle/api deploy --prod /out \
  && rm -rf /out/src /out/test /out/bench && find /out/dist -name "*.map" -delete \
  && cp -r apps/web/dist /out/web

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    WEB_DIST_DIR=/app/web
WORKDIR /app
# The node image's unprivileged user (uid 1000) owns only the data directory; the code is read-only to it.
COPY --from=build --chown=root:root /out /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /readyz answers 200 only when the database is reachable, so an orchestrator
# only routes to replicas that can serve. Node's fetch: the slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
