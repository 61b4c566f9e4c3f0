/**
 * The images the simulated engine knows: one entry per repository, easy to extend. Sizes are
 * those `docker images` shows for the linux/amd64 images (rounded); what a server prints at
 * start is the real image's wording for the lines the course relies on.
 */

export type Toolset = 'busybox' | 'alpine' | 'debian' | 'none';

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Ms after the start. */
  at?: number;
}

export interface ServerStart {
  /** Lines printed at start; `{nginxTime}`, `{pgTime}`… are replaced by the time in the program's own format. */
  logs: LogLine[];
  /** The start fails: these lines are printed, then the program exits with this code. */
  exitCode?: number;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface ServerSpec {
  /** Program names that start this server (the image's CMD and what its entrypoint hands over). */
  binaries: string[];
  /** TCP ports it listens on. */
  listens: number[];
  /** Resident memory in bytes once started. */
  memory: number;
  /** `initialized`: the data directory already holds what a first start wrote (see `dataMarker`). */
  start(env: ReadonlyMap<string, string>, initialized?: boolean): ServerStart;
  /** A file the first successful start writes in the data directory (postgres' PG_VERSION): later starts skip initialisation. */
  dataMarker?: { path: string; content: string };
  /** Answers an HTTP GET (absent: the port speaks another protocol). */
  http?(path: string): HttpAnswer;
  /** nginx and httpd write one access-log line per request. */
  accessLog?: 'nginx' | 'httpd';
  /** Listens on 127.0.0.1 only: reachable from inside its own container, not through a published port. */
  loopbackOnly?: boolean;
}

export interface ImageConfig {
  cmd: string[];
  entrypoint: string[];
  env: string[];
  exposedPorts: string[];
  workingDir: string;
  user: string;
  volumes: string[];
  healthcheck?: { test: string[]; intervalMs: number; timeoutMs: number; retries: number; startPeriodMs: number };
  stopSignal?: string;
}

export interface ImageSpec {
  repository: string;
  /** Tags the (simulated) registry has; the first one is what `latest` means when absent. */
  tags: string[];
  size: number;
  /** Layers, oldest first: [size in bytes, instruction]. Instructions of size 0 are metadata-only. */
  layers: [number, string][];
  config: ImageConfig;
  /** Which commands exist inside (busybox applets, Debian's base…). */
  toolset: Toolset;
  /** Extra programs installed in the image (curl in nginx…). */
  extraTools?: string[];
  /** "sh" for busybox/alpine, "bash" for Debian and Ubuntu, null when the image has no shell. */
  shell: 'sh' | 'bash' | null;
  /** The entrypoint script hands a first argument that is not a command to this program (node, redis-server…). */
  entrypointDefault?: string;
  server?: ServerSpec;
  /** A program that runs once and exits (hello-world). */
  oneShot?: { binary: string; lines: string[] };
  /** Files of the image the course reads (`cat /etc/os-release`, nginx's page). */
  files?: Record<string, string>;
  /** Version answers (`node --version`, `python --version`). */
  versions?: Record<string, string>;
  created: string;
  /** Built images (build.ts): one row per instruction, newest last, as `docker history` shows them. */
  history?: HistoryRow[];
  /** Built images: directories created by the build (WORKDIR, mkdir) even when empty. */
  dirs?: string[];
  /** Built images: files made executable (chmod +x, COPY of an executable). */
  executables?: string[];
}

export interface HistoryRow {
  /** The layer's image ID when that image exists locally, else null (`<missing>`). */
  id: string | null;
  created: number;
  createdBy: string;
  size: number;
  comment: string;
}

const MB = 1_000_000;
const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const alpineRelease = (version: string): string =>
  `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${version.split('.').slice(0, 2).join('.')}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
const debianRelease =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\n';
const ubuntuRelease =
  'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n';

const nginxPage = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const base = (config: Partial<ImageConfig>): ImageConfig => ({
  cmd: [],
  entrypoint: [],
  env: [PATH],
  exposedPorts: [],
  workingDir: '/',
  user: '',
  volumes: [],
  ...config,
});

const nginxServer = (flavour: string, version = '1.27.5'): ServerSpec => ({
  binaries: ['nginx'],
  listens: [80],
  memory: 11 * 1024 * 1024,
  start: () => ({
    logs: [
      {
        stream: 'stdout',
        text: '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      },
      { stream: 'stdout', text: '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/' },
      {
        stream: 'stdout',
        text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      },
      {
        stream: 'stdout',
        text: '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      },
      {
        stream: 'stdout',
        text: '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      },
      { stream: 'stdout', text: '/docker-entrypoint.sh: Configuration complete; ready for start up' },
      { stream: 'stderr', text: '{nginxTime} [notice] 1#1: using the "epoll" event method' },
      { stream: 'stderr', text: `{nginxTime} [notice] 1#1: nginx/${version}` },
      { stream: 'stderr', text: `{nginxTime} [notice] 1#1: OS: Linux ${flavour}` },
      { stream: 'stderr', text: '{nginxTime} [notice] 1#1: start worker processes' },
    ],
  }),
  http: (path) =>
    path === '/' || path === '/index.html'
      ? { status: 200, body: nginxPage }
      : {
          status: 404,
          body: `<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/${version}</center>\n</body>\n</html>\n`,
        },
  accessLog: 'nginx',
});

const redisServer: ServerSpec = {
  binaries: ['redis-server'],
  listens: [6379],
  memory: 4 * 1024 * 1024,
  start: () => ({
    logs: [
      { stream: 'stdout', text: '1:C {redisTime} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo' },
      {
        stream: 'stdout',
        text: '1:C {redisTime} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      },
      { stream: 'stdout', text: '1:M {redisTime} * Running mode=standalone, port=6379.' },
      { stream: 'stdout', text: '1:M {redisTime} * Server initialized' },
      { stream: 'stdout', text: '1:M {redisTime} * Ready to accept connections tcp' },
    ],
  }),
};

const postgresServer: ServerSpec = {
  binaries: ['postgres'],
  dataMarker: { path: '/var/lib/postgresql/data/PG_VERSION', content: '17\n' },
  listens: [5432],
  memory: 40 * 1024 * 1024,
  start: (env, initialized) => {
    if (initialized) {
      // docker-entrypoint.sh (docker-library/postgres): an existing database is neither checked nor initialised again.
      return {
        logs: [
          { stream: 'stdout', text: '' },
          {
            stream: 'stdout',
            text: 'PostgreSQL Database directory appears to contain a database; Skipping initialization',
          },
          { stream: 'stdout', text: '' },
          {
            stream: 'stderr',
            text: '{pgTime}.000 UTC [1] LOG:  starting PostgreSQL 17.6 (Debian 17.6-1.pgdg12+1) on x86_64-pc-linux-gnu',
            at: 100,
          },
          {
            stream: 'stderr',
            text: '{pgTime}.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
            at: 100,
          },
          {
            stream: 'stderr',
            text: '{pgTime}.000 UTC [1] LOG:  database system is ready to accept connections',
            at: 200,
          },
        ],
      };
    }
    const password = env.get('POSTGRES_PASSWORD') ?? '';
    if (password === '' && env.get('POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
      return {
        exitCode: 1,
        logs: [
          'Error: Database is uninitialized and superuser password is not specified.',
          '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
          '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
          '',
          '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
          '       connections without a password. This is *not* recommended.',
          '',
          '       See PostgreSQL documentation about "trust":',
          '       https://www.postgresql.org/docs/current/auth-trust.html',
        ].map((text) => ({ stream: 'stderr' as const, text })),
      };
    }
    return {
      logs: [
        { stream: 'stdout', text: 'The files belonging to this database system will be owned by user "postgres".' },
        { stream: 'stdout', text: 'Success. You can now start the database server using:' },
        { stream: 'stdout', text: 'PostgreSQL init process complete; ready for start up.', at: 1500 },
        {
          stream: 'stderr',
          text: '{pgTime}.000 UTC [1] LOG:  starting PostgreSQL 17.5 (Debian 17.5-1.pgdg120+1) on x86_64-pc-linux-gnu',
          at: 1600,
        },
        {
          stream: 'stderr',
          text: '{pgTime}.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
          at: 1600,
        },
        {
          stream: 'stderr',
          text: '{pgTime}.000 UTC [1] LOG:  database system is ready to accept connections',
          at: 1700,
        },
      ],
    };
  },
};

const mariadbServer: ServerSpec = {
  binaries: ['mariadbd', 'mysqld'],
  listens: [3306],
  memory: 90 * 1024 * 1024,
  start: (env) => {
    const ok = [
      'MARIADB_ROOT_PASSWORD',
      'MYSQL_ROOT_PASSWORD',
      'MARIADB_ROOT_PASSWORD_HASH',
      'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD',
      'MYSQL_ALLOW_EMPTY_PASSWORD',
      'MARIADB_RANDOM_ROOT_PASSWORD',
      'MYSQL_RANDOM_ROOT_PASSWORD',
    ].some((key) => (env.get(key) ?? '') !== '');
    if (!ok) {
      return {
        exitCode: 1,
        logs: [
          {
            stream: 'stdout',
            text: '{pgTime}+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.8+maria~ubu2404 started.',
          },
          {
            stream: 'stderr',
            text: '{pgTime}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
          },
          {
            stream: 'stderr',
            text: '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
          },
        ],
      };
    }
    return {
      logs: [
        {
          stream: 'stdout',
          text: '{pgTime}+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.8+maria~ubu2404 started.',
        },
        {
          stream: 'stdout',
          text: '{pgTime}+00:00 [Note] [Entrypoint]: MariaDB init process done. Ready for start up.',
          at: 2000,
        },
        { stream: 'stderr', text: '{pgTime} 0 [Note] mariadbd: ready for connections.', at: 2500 },
      ],
    };
  },
};

const httpdPage = '<html><body><h1>It works!</h1></body></html>\n';

export const catalogue: ImageSpec[] = [
  {
    repository: 'hello-world',
    tags: ['latest', 'linux'],
    size: 10_072,
    created: '2025-08-13T22:18:35Z',
    layers: [
      [10_072, 'COPY hello / # buildkit'],
      [0, 'CMD ["/hello"]'],
    ],
    config: base({ cmd: ['/hello'] }),
    toolset: 'none',
    shell: null,
    oneShot: {
      binary: '/hello',
      lines: [
        '',
        'Hello from Docker!',
        'This message shows that your installation appears to be working correctly.',
        '',
        'To generate this message, Docker took the following steps:',
        ' 1. The Docker client contacted the Docker daemon.',
        ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
        '    (amd64)',
        ' 3. The Docker daemon created a new container from that image which runs the',
        '    executable that produces the output you are currently reading.',
        ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
        '    to your terminal.',
        '',
        'To try something more ambitious, you can run an Ubuntu container with:',
        ' $ docker run -it ubuntu bash',
        '',
        'Share images, automate workflows, and more with a free Docker ID:',
        ' https://hub.docker.com/',
        '',
        'For more examples and ideas, visit:',
        ' https://docs.docker.com/get-started/',
        '',
      ],
    },
  },
  {
    repository: 'alpine',
    tags: ['3.22', 'latest', '3.21', '3.20', '3.19', '3'],
    size: 8_310_000,
    created: '2025-07-15T11:01:16Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'CMD ["/bin/sh"]'],
    ],
    config: base({ cmd: ['/bin/sh'] }),
    toolset: 'alpine',
    shell: 'sh',
    files: { '/etc/os-release': alpineRelease('3.22.1'), '/etc/alpine-release': '3.22.1\n' },
  },
  {
    repository: 'busybox',
    tags: ['latest', '1.37', 'stable', '1.36'],
    size: 4_280_000,
    created: '2024-09-26T21:31:42Z',
    layers: [
      [4_280_000, 'ADD busybox.tar.xz / # buildkit'],
      [0, 'CMD ["sh"]'],
    ],
    config: base({ cmd: ['sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] }),
    toolset: 'busybox',
    shell: 'sh',
  },
  {
    repository: 'debian',
    tags: ['bookworm', 'latest', '12', 'bookworm-slim', '12-slim'],
    size: 117_000_000,
    created: '2025-08-11T00:00:00Z',
    layers: [
      [117_000_000, '# debian.sh --arch amd64 out/ bookworm @1754870400'],
      [0, 'CMD ["bash"]'],
    ],
    config: base({ cmd: ['bash'] }),
    toolset: 'debian',
    shell: 'bash',
    files: { '/etc/os-release': debianRelease, '/etc/debian_version': '12.11\n' },
  },
  {
    repository: 'ubuntu',
    tags: ['24.04', 'latest', 'noble', '22.04', 'jammy'],
    size: 78_100_000,
    created: '2025-08-01T00:00:00Z',
    layers: [
      [0, 'ARG RELEASE'],
      [0, 'ARG LAUNCHPAD_BUILD_ARCH'],
      [0, 'LABEL org.opencontainers.image.ref.name=ubuntu'],
      [0, 'LABEL org.opencontainers.image.version=24.04'],
      [78_100_000, 'ADD file:ubuntu-noble-oci-amd64-root.tar.gz in /'],
      [0, 'CMD ["/bin/bash"]'],
    ],
    config: base({ cmd: ['/bin/bash'] }),
    toolset: 'debian',
    shell: 'bash',
    files: { '/etc/os-release': ubuntuRelease },
  },
  {
    repository: 'nginx',
    tags: ['1.27-alpine', '1.27', 'latest', 'alpine', '1.27.5', '1.27.5-alpine', 'stable', 'stable-alpine'],
    size: 47_900_000,
    created: '2025-04-16T19:12:41Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'CMD ["/bin/sh"]'],
      [0, 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'],
      [0, 'ENV NGINX_VERSION=1.27.5'],
      [0, 'ENV PKG_RELEASE=1'],
      [39_500_000, 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser … # buildkit'],
      [1_620, 'COPY docker-entrypoint.sh / # buildkit'],
      [2_120, 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit'],
      [0, 'ENTRYPOINT ["/docker-entrypoint.sh"]'],
      [0, 'EXPOSE map[80/tcp:{}]'],
      [0, 'STOPSIGNAL SIGQUIT'],
      [0, 'CMD ["nginx" "-g" "daemon off;"]'],
    ],
    config: base({
      cmd: ['nginx', '-g', 'daemon off;'],
      entrypoint: ['/docker-entrypoint.sh'],
      env: [PATH, 'NGINX_VERSION=1.27.5', 'PKG_RELEASE=1'],
      exposedPorts: ['80/tcp'],
      stopSignal: 'SIGQUIT',
    }),
    toolset: 'alpine',
    extraTools: ['curl', 'nginx'],
    shell: 'sh',
    server: nginxServer('6.12.0'),
    files: {
      '/usr/share/nginx/html/index.html': nginxPage,
      '/usr/share/nginx/html/50x.html':
        '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
      '/etc/nginx/conf.d/default.conf':
        'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
      '/etc/os-release': alpineRelease('3.21.3'),
    },
  },
  {
    repository: 'httpd',
    tags: ['2.4', 'latest', '2.4-alpine', 'alpine'],
    size: 148_000_000,
    created: '2025-07-22T00:00:00Z',
    layers: [
      [74_800_000, '# debian.sh --arch amd64 out/ bookworm-slim'],
      [0, 'ENV HTTPD_PREFIX=/usr/local/apache2'],
      [0, 'WORKDIR /usr/local/apache2'],
      [73_200_000, 'RUN /bin/sh -c set -eux; apt-get install … # buildkit'],
      [0, 'STOPSIGNAL SIGWINCH'],
      [138, 'COPY httpd-foreground /usr/local/bin/ # buildkit'],
      [0, 'EXPOSE map[80/tcp:{}]'],
      [0, 'CMD ["httpd-foreground"]'],
    ],
    config: base({
      cmd: ['httpd-foreground'],
      env: [
        'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'HTTPD_PREFIX=/usr/local/apache2',
      ],
      exposedPorts: ['80/tcp'],
      workingDir: '/usr/local/apache2',
      stopSignal: 'SIGWINCH',
    }),
    toolset: 'debian',
    shell: 'bash',
    server: {
      binaries: ['httpd-foreground', 'httpd'],
      listens: [80],
      memory: 7 * 1024 * 1024,
      start: () => ({
        logs: [
          {
            stream: 'stderr',
            text: "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message",
          },
          {
            stream: 'stderr',
            text: '[{httpdTime}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations',
          },
          {
            stream: 'stderr',
            text: "[{httpdTime}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
          },
        ],
      }),
      http: (path) =>
        path === '/' || path === '/index.html'
          ? { status: 200, body: httpdPage }
          : {
              status: 404,
              body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
            },
      accessLog: 'httpd',
    },
    files: { '/usr/local/apache2/htdocs/index.html': httpdPage, '/etc/os-release': debianRelease },
  },
  {
    repository: 'redis',
    tags: ['7.4-alpine', '7', '7.4', 'latest', '8-alpine', '8', 'alpine'],
    size: 45_100_000,
    created: '2025-07-07T00:00:00Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'CMD ["/bin/sh"]'],
      [36_700_000, 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … # buildkit'],
      [0, 'VOLUME [/data]'],
      [0, 'WORKDIR /data'],
      [104_000, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'],
      [0, 'ENTRYPOINT ["docker-entrypoint.sh"]'],
      [0, 'EXPOSE map[6379/tcp:{}]'],
      [0, 'CMD ["redis-server"]'],
    ],
    config: base({
      cmd: ['redis-server'],
      entrypoint: ['docker-entrypoint.sh'],
      env: [PATH, 'REDIS_VERSION=7.4.5'],
      exposedPorts: ['6379/tcp'],
      workingDir: '/data',
      volumes: ['/data'],
    }),
    toolset: 'alpine',
    extraTools: ['redis-server', 'redis-cli'],
    shell: 'sh',
    entrypointDefault: 'redis-server',
    server: redisServer,
  },
  {
    repository: 'postgres',
    tags: ['17', 'latest', '17-alpine', '16', '16-alpine'],
    size: 438_000_000,
    created: '2025-08-14T00:00:00Z',
    layers: [
      [74_800_000, '# debian.sh --arch amd64 out/ bookworm-slim'],
      [363_000_000, 'RUN /bin/sh -c set -ex; apt-get install -y postgresql-common … # buildkit'],
      [0, 'ENV PGDATA=/var/lib/postgresql/data'],
      [0, 'VOLUME [/var/lib/postgresql/data]'],
      [14_100, 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit'],
      [0, 'ENTRYPOINT ["docker-entrypoint.sh"]'],
      [0, 'STOPSIGNAL SIGINT'],
      [0, 'EXPOSE map[5432/tcp:{}]'],
      [0, 'CMD ["postgres"]'],
    ],
    config: base({
      cmd: ['postgres'],
      entrypoint: ['docker-entrypoint.sh'],
      env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin',
        'LANG=en_US.utf8',
        'PG_MAJOR=17',
        'PG_VERSION=17.5-1.pgdg120+1',
        'PGDATA=/var/lib/postgresql/data',
      ],
      exposedPorts: ['5432/tcp'],
      volumes: ['/var/lib/postgresql/data'],
      stopSignal: 'SIGINT',
    }),
    toolset: 'debian',
    extraTools: ['postgres', 'psql', 'pg_isready'],
    shell: 'bash',
    entrypointDefault: 'postgres',
    server: postgresServer,
    files: { '/etc/os-release': debianRelease },
  },
  {
    repository: 'mariadb',
    tags: ['11.4', 'lts', 'latest', '11'],
    size: 407_000_000,
    created: '2025-08-07T00:00:00Z',
    layers: [
      [78_100_000, 'ADD file:ubuntu-noble-oci-amd64-root.tar.gz in /'],
      [329_000_000, 'RUN /bin/sh -c set -ex; apt-get install -y mariadb-server … # buildkit'],
      [0, 'VOLUME [/var/lib/mysql]'],
      [30_000, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'],
      [0, 'ENTRYPOINT ["docker-entrypoint.sh"]'],
      [0, 'EXPOSE map[3306/tcp:{}]'],
      [0, 'CMD ["mariadbd"]'],
    ],
    config: base({
      cmd: ['mariadbd'],
      entrypoint: ['docker-entrypoint.sh'],
      env: [PATH, 'MARIADB_VERSION=1:11.4.8+maria~ubu2404'],
      exposedPorts: ['3306/tcp'],
      volumes: ['/var/lib/mysql'],
    }),
    toolset: 'debian',
    extraTools: ['mariadb', 'mariadbd', 'mysqld'],
    shell: 'bash',
    entrypointDefault: 'mariadbd',
    server: mariadbServer,
    files: { '/etc/os-release': ubuntuRelease },
  },
  {
    repository: 'node',
    tags: ['22-alpine', '22.11-alpine3.20', '22', 'lts', 'latest', 'lts-alpine', '20-alpine'],
    size: 157_000_000,
    created: '2025-07-31T00:00:00Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'CMD ["/bin/sh"]'],
      [0, 'ENV NODE_VERSION=22.18.0'],
      [143_000_000, 'RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node … # buildkit'],
      [5_700_000, 'RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn … # buildkit'],
      [388, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'],
      [0, 'ENTRYPOINT ["docker-entrypoint.sh"]'],
      [0, 'CMD ["node"]'],
    ],
    config: base({
      cmd: ['node'],
      entrypoint: ['docker-entrypoint.sh'],
      env: [PATH, 'NODE_VERSION=22.18.0', 'YARN_VERSION=1.22.22'],
    }),
    toolset: 'alpine',
    extraTools: ['node', 'npm', 'yarn'],
    shell: 'sh',
    entrypointDefault: 'node',
    versions: { node: 'v22.18.0', npm: '10.9.3' },
  },
  {
    repository: 'python',
    tags: ['3.13-slim', '3.12-slim', '3.13', 'latest', 'slim'],
    size: 124_000_000,
    created: '2025-08-14T00:00:00Z',
    layers: [
      [74_800_000, '# debian.sh --arch amd64 out/ bookworm-slim'],
      [0, 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      [0, 'ENV LANG=C.UTF-8'],
      [49_200_000, 'RUN /bin/sh -c set -eux; wget -O python.tar.xz … # buildkit'],
      [0, 'CMD ["python3"]'],
    ],
    config: base({
      cmd: ['python3'],
      env: [
        'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LANG=C.UTF-8',
        'PYTHON_VERSION=3.13.7',
      ],
    }),
    toolset: 'debian',
    extraTools: ['python', 'python3', 'pip'],
    shell: 'bash',
    versions: { python: 'Python 3.13.7', python3: 'Python 3.13.7' },
    files: { '/etc/os-release': debianRelease },
  },
  {
    repository: 'php',
    tags: ['8.3-fpm-alpine', '8.3-fpm', 'fpm-alpine', 'latest'],
    size: 81_600_000,
    created: '2025-08-01T00:00:00Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'CMD ["/bin/sh"]'],
      [73_300_000, 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … # buildkit'],
      [0, 'ENTRYPOINT ["docker-php-entrypoint"]'],
      [0, 'WORKDIR /var/www/html'],
      [0, 'STOPSIGNAL SIGQUIT'],
      [0, 'EXPOSE map[9000/tcp:{}]'],
      [0, 'CMD ["php-fpm"]'],
    ],
    config: base({
      cmd: ['php-fpm'],
      entrypoint: ['docker-php-entrypoint'],
      env: [PATH, 'PHP_VERSION=8.3.24', 'PHP_INI_DIR=/usr/local/etc/php'],
      exposedPorts: ['9000/tcp'],
      workingDir: '/var/www/html',
      stopSignal: 'SIGQUIT',
    }),
    toolset: 'alpine',
    extraTools: ['php', 'php-fpm'],
    shell: 'sh',
    entrypointDefault: 'php',
    versions: { php: 'PHP 8.3.24 (cli) (built: Aug  1 2025 00:00:00) (NTS)' },
    server: {
      binaries: ['php-fpm'],
      listens: [9000],
      memory: 9 * 1024 * 1024,
      start: () => ({
        logs: [
          { stream: 'stderr', text: '[{phpTime}] NOTICE: fpm is running, pid 1' },
          { stream: 'stderr', text: '[{phpTime}] NOTICE: ready to handle connections' },
        ],
      }),
    },
  },
  {
    repository: 'prom/prometheus',
    tags: ['v3.5.0', 'latest'],
    size: 313_000_000,
    created: '2025-07-14T00:00:00Z',
    layers: [
      [4_280_000, 'ADD busybox.tar.xz / # buildkit'],
      [308_000_000, 'COPY prometheus promtool /bin/ # buildkit'],
      [0, 'EXPOSE map[9090/tcp:{}]'],
      [0, 'WORKDIR /prometheus'],
      [0, 'USER nobody'],
      [0, 'VOLUME [/prometheus]'],
      [0, 'ENTRYPOINT ["/bin/prometheus"]'],
      [0, 'CMD ["--config.file=/etc/prometheus/prometheus.yml" "--storage.tsdb.path=/prometheus"]'],
    ],
    config: base({
      cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'],
      entrypoint: ['/bin/prometheus'],
      exposedPorts: ['9090/tcp'],
      workingDir: '/prometheus',
      user: 'nobody',
      volumes: ['/prometheus'],
    }),
    toolset: 'busybox',
    extraTools: ['prometheus', 'promtool'],
    shell: 'sh',
    server: {
      binaries: ['/bin/prometheus', 'prometheus'],
      listens: [9090],
      memory: 60 * 1024 * 1024,
      start: () => ({
        logs: [
          {
            stream: 'stderr',
            text: 'time={isoTime} level=INFO source=main.go:680 msg="Starting Prometheus Server" mode=server version="(version=3.5.0, branch=HEAD)"',
          },
          {
            stream: 'stderr',
            text: 'time={isoTime} level=INFO source=web.go:656 msg="Start listening for connections" component=web address=0.0.0.0:9090',
          },
          {
            stream: 'stderr',
            text: 'time={isoTime} level=INFO source=main.go:1307 msg="Server is ready to receive web requests."',
          },
        ],
      }),
      http: (path) =>
        path === '/-/healthy'
          ? { status: 200, body: 'Prometheus Server is Healthy.\n' }
          : path === '/-/ready'
            ? { status: 200, body: 'Prometheus Server is Ready.\n' }
            : path.startsWith('/metrics')
              ? { status: 200, body: '# HELP up Whether the target is up.\nprometheus_build_info{version="3.5.0"} 1\n' }
              : { status: 302, body: '<a href="/query">Found</a>.\n\n' },
    },
    files: {
      '/etc/prometheus/prometheus.yml':
        'global:\n  scrape_interval: 15s\n\nscrape_configs:\n  - job_name: "prometheus"\n    static_configs:\n      - targets: ["localhost:9090"]\n',
    },
  },
  {
    repository: 'gcr.io/cadvisor/cadvisor',
    tags: ['v0.49.1', 'latest'],
    size: 80_800_000,
    created: '2024-02-22T00:00:00Z',
    layers: [
      [7_400_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [
        48_600_000,
        'RUN /bin/sh -c apk --no-cache add libc6-compat device-mapper findutils ndctl zfs thin-provisioning-tools',
      ],
      [24_800_000, 'COPY /go/src/github.com/google/cadvisor/_output/cadvisor /usr/bin/cadvisor # buildkit'],
      [0, 'EXPOSE map[8080/tcp:{}]'],
      [
        0,
        'HEALTHCHECK &{["CMD-SHELL" "wget --quiet --tries=1 --spider http://localhost:8080/healthz || exit 1"] "30s" "3s" "0s" "0s" \'\\x00\'}',
      ],
      [0, 'ENTRYPOINT ["/usr/bin/cadvisor" "-logtostderr"]'],
    ],
    config: base({
      entrypoint: ['/usr/bin/cadvisor', '-logtostderr'],
      exposedPorts: ['8080/tcp'],
      healthcheck: {
        test: ['CMD-SHELL', 'wget --quiet --tries=1 --spider http://localhost:8080/healthz || exit 1'],
        intervalMs: 30_000,
        timeoutMs: 3_000,
        retries: 3,
        startPeriodMs: 0,
      },
    }),
    toolset: 'alpine',
    extraTools: ['cadvisor'],
    shell: 'sh',
    server: {
      binaries: ['/usr/bin/cadvisor', 'cadvisor'],
      listens: [8080],
      memory: 45 * 1024 * 1024,
      start: () => ({
        logs: [
          { stream: 'stderr', text: 'I{klogTime}       1 manager.go:1200] Started watching for new ooms in manager' },
          {
            stream: 'stderr',
            text: 'I{klogTime}       1 cadvisor.go:174] Starting cAdvisor version: v0.49.1 on port 8080',
          },
        ],
      }),
      http: (path) =>
        path === '/healthz'
          ? { status: 200, body: 'ok' }
          : path.startsWith('/metrics')
            ? { status: 200, body: '# HELP container_memory_usage_bytes Current memory usage in bytes.\n' }
            : { status: 307, body: '<a href="/containers/">Temporary Redirect</a>.\n\n' },
    },
  },
  {
    repository: 'grafana/grafana',
    tags: ['12.0.0', 'latest'],
    size: 663_000_000,
    created: '2025-05-05T00:00:00Z',
    layers: [
      [8_310_000, 'ADD alpine-minirootfs-x86_64.tar.gz / # buildkit'],
      [0, 'ENV GF_PATHS_HOME=/usr/share/grafana'],
      [655_000_000, 'COPY /tmp/grafana /usr/share/grafana # buildkit'],
      [0, 'EXPOSE map[3000/tcp:{}]'],
      [0, 'USER 472'],
      [0, 'ENTRYPOINT ["/run.sh"]'],
    ],
    config: base({
      entrypoint: ['/run.sh'],
      env: [PATH, 'GF_PATHS_HOME=/usr/share/grafana', 'GF_PATHS_DATA=/var/lib/grafana'],
      exposedPorts: ['3000/tcp'],
      workingDir: '/usr/share/grafana',
      user: '472',
    }),
    toolset: 'alpine',
    extraTools: ['grafana', 'grafana-server', 'grafana-cli'],
    shell: 'sh',
    server: {
      binaries: ['/run.sh', 'grafana', 'grafana-server'],
      listens: [3000],
      memory: 80 * 1024 * 1024,
      start: () => ({
        logs: [
          { stream: 'stdout', text: 'logger=settings t={isoTime} level=info msg="Starting Grafana" version=12.0.0' },
          {
            stream: 'stdout',
            text: 'logger=http.server t={isoTime} level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket=',
            at: 2000,
          },
        ],
      }),
      http: (path) =>
        path === '/api/health'
          ? { status: 200, body: '{\n  "database": "ok",\n  "version": "12.0.0"\n}' }
          : path === '/login'
            ? {
                status: 200,
                body: '<!doctype html><html lang="en-US"><head><title>Grafana</title></head><body></body></html>\n',
              }
            : { status: 302, body: '<a href="/login">Found</a>.\n\n' },
    },
  },
];

/**
 * Newer releases the course's text uses, beside the recorded ones: the same image with the
 * version's own files and strings (the first entry of a repository keeps `latest`).
 */
function newerRelease(repository: string, changes: (spec: ImageSpec) => Partial<ImageSpec>): ImageSpec {
  const spec = catalogue.find((entry) => entry.repository === repository);
  if (!spec) throw new Error(`no ${repository} in the catalogue`);
  return { ...spec, ...changes(spec) };
}

catalogue.push(
  newerRelease('alpine', () => ({
    tags: ['3.24'],
    created: '2026-05-30T00:00:00Z',
    files: { '/etc/os-release': alpineRelease('3.24.0'), '/etc/alpine-release': '3.24.0\n' },
  })),
  newerRelease('nginx', (spec) => ({
    tags: ['1.30-alpine', '1.30', '1.30.0-alpine', '1.30.0'],
    created: '2026-04-15T00:00:00Z',
    layers: spec.layers.map(([size, step]) => [size, step.replace('NGINX_VERSION=1.27.5', 'NGINX_VERSION=1.30.0')]),
    config: {
      ...spec.config,
      env: spec.config.env.map((entry) => (entry === 'NGINX_VERSION=1.27.5' ? 'NGINX_VERSION=1.30.0' : entry)),
    },
    server: nginxServer('6.12.0', '1.30.0'),
  })),
  // The course's Node.js images (content/README.md): Node.js 24 LTS on Alpine.
  newerRelease('node', (spec) => ({
    tags: ['24-alpine', '24'],
    created: '2025-11-12T00:00:00Z',
    layers: spec.layers.map(([size, step]) => [size, step.replace('NODE_VERSION=22.18.0', 'NODE_VERSION=24.11.1')]),
    config: {
      ...spec.config,
      env: spec.config.env.map((entry) => (entry === 'NODE_VERSION=22.18.0' ? 'NODE_VERSION=24.11.1' : entry)),
    },
    versions: { node: 'v24.11.1', npm: '11.6.2' },
  })),
);

/** Splits "nginx:1.27-alpine" (or "docker.io/library/nginx") into repository and tag. */
export function splitReference(reference: string): { repository: string; tag: string } {
  let ref = reference.split('@')[0] ?? reference;
  ref = ref.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: 'latest' };
}

/** The catalogue entry of a repository that has the tag (a repository may have several, one per version). */
export function findImageSpec(repository: string, tag?: string): ImageSpec | undefined {
  return (
    (tag === undefined
      ? undefined
      : catalogue.find((spec) => spec.repository === repository && spec.tags.includes(tag))) ??
    catalogue.find((spec) => spec.repository === repository)
  );
}

export const MEGABYTE = MB;
