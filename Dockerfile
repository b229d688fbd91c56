# syntax=docker/dockerfile:1
# Pantau as a built image: `docker compose up -d` (see docker-compose.yml) runs `pantau run` from it.
# The build stage installs the locked dependencies and compiles; the runtime stage carries only the
# compiled program, production dependencies and Debian's Chromium for `render: true` sources, so a
# container start never runs npm or apt.

FROM node:20-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary; without one for this platform it compiles itself.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/pantau
COPY package.json package-lock.json ./
# Scripts are skipped here because `prepare` would build before the sources are copied; the one
# dependency with an install script (better-sqlite3) is rebuilt explicitly.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY scripts scripts
COPY src src
COPY crawlers crawlers
COPY analyzers analyzers
COPY dashboards dashboards
COPY bench bench
COPY demo demo
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*
# The crawl keeps ~100 MB live; without a cap V8 lets the heap grow lazily on a big machine.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=384 \
    PANTAU_CRAWL_CHROMIUM_PATH=/usr/bin/chromium \
    PANTAU_LOG_LEVEL=info
WORKDIR /opt/pantau
COPY --from=build /opt/pantau/package.json ./
COPY --from=build /opt/pantau/node_modules node_modules
COPY --from=build /opt/pantau/dist dist
RUN ln -s /opt/pantau/dist/src/cli/main.js /usr/local/bin/pantau
# The office's folder: pantau.config.yaml and its data/ (storage.path is relative to the config).
WORKDIR /srv/pantau
USER node
# tini forwards SIGTERM to node, so `pantau run` finishes the items in flight and closes the store.
ENTRYPOINT ["tini", "--", "pantau"]
CMD ["run", "--config", "/srv/pantau/pantau.config.yaml"]
