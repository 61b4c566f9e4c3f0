/** The stand-in images: which folder of images/ builds which tag, and which shared folders join its context. */
export interface StandIn {
  /** The tag the course uses, as the real image is tagged. */
  tag: string;
  /** Folder under images/ holding its Dockerfile. */
  dir: string;
  /** Other folders under images/ whose files are copied into the build context too. */
  shared?: string[];
  /** Where the real image's facts (CMD, ENV, messages…) come from. */
  source: string;
}

/** The base every stand-in starts FROM; never part of a scenario. */
export const BASE_TAG = 'cours-docker-record/base:1';

export const STAND_INS: StandIn[] = [
  { tag: 'busybox:latest', dir: 'busybox', source: 'Docker Hub « busybox » (CMD ["sh"])' },
  { tag: 'alpine:3.20', dir: 'alpine-3.20', source: 'Docker Hub « alpine » (CMD ["/bin/sh"])' },
  { tag: 'alpine:3.22', dir: 'alpine-3.22', source: 'Docker Hub « alpine » (CMD ["/bin/sh"])' },
  {
    tag: 'hello-world:latest',
    dir: 'hello-world',
    source: 'docker-library/hello-world, hello.c (message) and Dockerfile (CMD ["/hello"])',
  },
  {
    tag: 'nginx:1.27-alpine',
    dir: 'nginx-1.27-alpine',
    shared: ['nginx-common'],
    source:
      'docker-library nginx: Dockerfile (ENTRYPOINT, EXPOSE 80, STOPSIGNAL SIGQUIT, CMD) and docker-entrypoint.sh',
  },
  {
    tag: 'nginx:1.27',
    dir: 'nginx-1.27',
    shared: ['nginx-common'],
    source:
      'docker-library nginx: Dockerfile (ENTRYPOINT, EXPOSE 80, STOPSIGNAL SIGQUIT, CMD) and docker-entrypoint.sh',
  },
  {
    tag: 'redis:7.4-alpine',
    dir: 'redis-7.4-alpine',
    source: 'docker-library redis: Dockerfile (VOLUME /data, WORKDIR /data, EXPOSE 6379, CMD ["redis-server"])',
  },
  {
    tag: 'postgres:17',
    dir: 'postgres-17',
    source: 'docker-library postgres 17/bookworm: Dockerfile and docker-entrypoint.sh (docker_verify_minimum_env)',
  },
];
