# syntax=docker/dockerfile:1
# cours-docker as a container, by the course's own rules: a multi-stage build with pinned images,
# a non-root server, a health check, OCI labels and a .dockerignore.
#   docker build -t cours-docker .
#   docker build --build-arg BASE_PATH=/cours-docker/ -t cours-docker .
#   docker run --rm -p 8080:8080 cours-docker      → http://localhost:8080/

# ---- build: the static site (content check, client bundle, prerendered pages, service worker)
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
ENV CI=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# Dependencies first: this layer is reused while package-lock.json does not change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=/
ENV BASE_PATH=${BASE_PATH}
# The end-to-end tests run in CI, not here: the image only needs the build.
# The site goes under the base path inside the web root, as nginx serves it (deploy/nginx.conf).
RUN npm run build \
 && node deploy/nginx-conf.mjs > /app/default.conf \
 && site="/app/site$(node deploy/nginx-conf.mjs --base)" \
 && mkdir -p "$site" \
 && cp -a dist/. "$site"

# ---- serve: nginx as an unprivileged user (uid 101), listening on 8080
FROM nginxinc/nginx-unprivileged:1.28.0-alpine
ARG BASE_PATH=/
LABEL org.opencontainers.image.title="cours-docker" \
      org.opencontainers.image.description="Cours interactif en français sur Docker : virtualisation, conteneurs et observabilité (site statique)." \
      org.opencontainers.image.version="1.0.0" \
      cours-docker.base-path="${BASE_PATH}" \
      org.opencontainers.image.base.name="docker.io/nginxinc/nginx-unprivileged:1.28.0-alpine"
USER root
RUN rm -rf /usr/share/nginx/html/*
COPY --from=build /app/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/site/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
# /healthz answers with the home page once the site is in place (deploy/nginx.conf).
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
