// @vitest-environment node
import { expect, test } from 'vitest';
import {
  checkCommandAnswer,
  compareDockerCommands,
  describeCommandIssue,
  formatCommandIssue,
  normalizeImage,
  normalizeMemory,
  normalizeMount,
  normalizePath,
  normalizePort,
  normalizeVolume,
  parseDockerCommand,
  supportedCommands,
  tokenizeCommandLine,
  type CommandIssueCode,
  type ParsedCommand,
  parseDockerTokens,
} from './docker-command';
import { commandMessages } from './messages';

function parsed(input: string): ParsedCommand {
  const result = parseDockerCommand(input);
  if (!result.ok) throw new Error(`test setup: ${input} does not parse: ${result.message}`);
  return result.command;
}

function compare(expected: string, given: string) {
  return compareDockerCommands(parsed(expected), parsed(given));
}

/* ---------------------------------------------------------------------------------------------- */
/* Accepted: each given command is equivalent to the expected one                                  */
/* ---------------------------------------------------------------------------------------------- */

const accepted: [expected: string, given: string][] = [
  // run
  ['docker run -d -p 8080:80 nginx', 'docker run -p 8080:80 -d nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run --detach --publish 8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run --detach --publish=8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run -dp 8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 0.0.0.0:8080:80 nginx:latest'],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80/tcp docker.io/library/nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker container run -d -p 8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'sudo docker run -d -p 8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', '$ docker run -d -p 8080:80 nginx'],
  ['docker run -d -p 8080:80 nginx', 'docker run \\\n  -d \\\n  -p 8080:80 \\\n  nginx'],
  ['docker run -it ubuntu bash', 'docker run -i -t ubuntu bash'],
  ['docker run -it ubuntu bash', 'docker run -ti ubuntu bash'],
  ['docker run -it ubuntu bash', 'docker run --interactive --tty ubuntu bash'],
  ['docker run -dit --name web nginx', 'docker run --name=web -d -i -t nginx'],
  ['docker run -e A=1 -e B=2 alpine env', 'docker run -e B=2 -e A=1 alpine env'],
  ['docker run -e "MESSAGE=bonjour tout le monde" alpine', "docker run -e 'MESSAGE=bonjour tout le monde' alpine"],
  ['docker run -v data:/var/lib/data redis', 'docker run --volume data:/var/lib/data/ redis'],
  ['docker run -v ./site:/usr/share/nginx/html:ro nginx', 'docker run -v $(pwd)/site:/usr/share/nginx/html:ro nginx'],
  [
    'docker run --mount type=bind,source=./site,target=/site nginx',
    'docker run --mount target=/site,src=$(pwd)/site,type=bind nginx',
  ],
  ['docker run --network mon-reseau --name api api:1.0', 'docker run --net=mon-reseau --name api api:1.0'],
  ['docker run --rm -m 512m alpine', 'docker run --memory=512M --rm alpine'],
  ['docker run -m 1g alpine', 'docker run -m 1024m alpine'],
  ['docker run --cpus 1.5 alpine', 'docker run --cpus=1.50 alpine'],
  ['docker run --restart unless-stopped nginx', 'docker run --restart=Unless-Stopped nginx'],
  ['docker run -w /app -u 1000 node:20 npm test', 'docker run --user 1000 --workdir /app node:20 npm test'],
  ['docker run --rm alpine echo "bonjour"', 'docker run --rm alpine echo bonjour'],
  ['docker run -d nginx', 'docker run --detach=true nginx'],
  // ps
  ['docker ps', 'docker container ls'],
  ['docker ps -a', 'docker container list --all'],
  ['docker ps -a', 'docker container ps -a'],
  ['docker ps -aq', 'docker ps -q -a'],
  ['docker ps --format "{{.Names}}"', "docker ps --format '{{.Names}}'"],
  // stop / rm
  ['docker stop web', 'docker container stop web'],
  ['docker stop -t 5 web', 'docker stop --time 5 web'],
  ['docker stop -t 5 web', 'docker stop --timeout=5 web'],
  ['docker rm -f web', 'docker container rm --force web'],
  ['docker rm -f web', 'docker container remove -f web'],
  ['docker rm -fv web', 'docker rm -v -f web'],
  // images / pull / rmi
  ['docker images', 'docker image ls'],
  ['docker images -a', 'docker image list --all'],
  ['docker pull nginx', 'docker pull nginx:latest'],
  ['docker pull nginx:1.27-alpine', 'docker image pull docker.io/library/nginx:1.27-alpine'],
  ['docker rmi nginx:1.27', 'docker image rm nginx:1.27'],
  // build
  ['docker build -t mon-app:1.0 .', 'docker build . -t mon-app:1.0'],
  ['docker build -t mon-app:1.0 .', 'docker image build --tag mon-app:1.0 ./'],
  ['docker build -f Dockerfile.prod -t app .', 'docker build --file Dockerfile.prod --tag app:latest .'],
  ['docker build --target build -t app .', 'docker build -t app --target=build .'],
  ['docker build --build-arg VERSION=2 -t app .', 'docker build -t app --build-arg VERSION=2 .'],
  ['docker build -t monapp:1.0 .', 'docker build -t monapp:1.0 -f Dockerfile .'],
  ['docker build -t monapp:1.0 -f Dockerfile .', 'docker build -t monapp:1.0 .'],
  ['docker build -t monapp:1.0 .', 'docker buildx build -t monapp:1.0 .'],
  ['docker buildx build -t monapp:1.0 .', 'docker build --tag monapp:1.0 ./'],
  // volume
  ['docker volume create donnees', 'docker volume create donnees'],
  ['docker volume create pgdata', 'docker volume create --name pgdata'],
  ['docker volume create --name pgdata', 'docker volume create pgdata'],
  ['docker volume ls', 'docker volume list'],
  ['docker volume rm donnees', 'docker volume remove donnees'],
  ['docker volume inspect donnees', 'docker volume inspect donnees'],
  // network
  ['docker network create mon-reseau', 'docker  network  create  mon-reseau'],
  ['docker network create -d bridge mon-reseau', 'docker network create --driver bridge mon-reseau'],
  ['docker network ls', 'docker network list'],
  ['docker network connect mon-reseau web', 'docker network connect mon-reseau web'],
  ['docker network rm mon-reseau', 'docker network remove mon-reseau'],
  // stats / logs / exec
  ['docker stats --no-stream', 'docker container stats --no-stream'],
  ['docker logs -f web', 'docker logs --follow web'],
  ['docker logs -n 20 web', 'docker logs --tail=20 web'],
  ['docker logs --since 10m web', 'docker container logs web --since 10m'],
  ['docker exec -it web sh', 'docker exec -ti web sh'],
  ['docker exec -it web sh', 'docker container exec --interactive --tty web sh'],
  ['docker exec web ls -l /app', 'docker exec web ls -l /app'],
  // compose
  ['docker compose up -d', 'docker-compose up -d'],
  ['docker compose up -d', 'docker compose up --detach'],
  ['docker compose up -d --build', 'docker compose up --build -d'],
  ['docker compose -f compose.prod.yaml up -d', 'docker compose --file compose.prod.yaml up --detach'],
  ['docker compose -p demo up -d', 'docker-compose --project-name demo up -d'],
  ['docker compose down -v', 'docker compose down --volumes'],
  ['docker compose down -v', 'docker-compose down --volumes'],
  ['docker compose up --watch', 'docker compose up -w'],
  ['docker compose -f compose.yaml config', 'docker compose --file compose.yaml config'],
  ['docker compose watch', 'docker-compose watch'],
  // inspect / update / events
  ["docker inspect -f '{{.State.ExitCode}}' api", 'docker inspect --format "{{.State.ExitCode}}" api'],
  ["docker inspect -f '{{.State.ExitCode}}' api", "docker container inspect --format='{{.State.ExitCode}}' api"],
  ['docker update --restart unless-stopped api', 'docker container update --restart=unless-stopped api'],
  ['docker events --filter container=db --since 10m', 'docker system events --since 10m -f container=db'],
  // prune and disk usage
  ['docker system df -v', 'docker system df --verbose'],
  ['docker system prune -a --volumes', 'docker system prune --volumes --all'],
  ['docker image prune -a', 'docker image prune --all'],
  ['docker container prune -f', 'docker container prune --force'],
  ['docker builder prune -a', 'docker builder prune --all'],
  ['docker volume prune -a', 'docker volume prune --all'],
];

test.each(accepted)('%s accepts %s', (expected, given) => {
  const result = compare(expected, given);
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
});

/* ---------------------------------------------------------------------------------------------- */
/* Rejected: each given command differs, with the problem named                                    */
/* ---------------------------------------------------------------------------------------------- */

const rejected: [expected: string, given: string, codes: CommandIssueCode[]][] = [
  // prune: -a widens what is removed, so it is never optional
  ['docker image prune -a', 'docker image prune', ['missingOption']],
  ['docker system prune', 'docker system prune --volumes', ['unexpectedOption']],
  ['docker inspect -f {{.State.ExitCode}} api', 'docker inspect -f {{.State.Status}} api', ['wrongOptionValue']],
  // run
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 80:8080 nginx', ['portReversed']],
  ['docker run -d -p 8080:80 nginx', 'docker run -p 8080:80 nginx', ['missingOption']],
  ['docker run -d -p 8080:80 nginx', 'docker run -d nginx', ['missingOption']],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 --rm nginx', ['unexpectedOption']],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 9090:80 nginx', ['missingOptionValue', 'unexpectedOptionValue']],
  ['docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 httpd', ['wrongImage']],
  ['docker run -d -p 8080:80 nginx:1.27', 'docker run -d -p 8080:80 nginx', ['wrongTag']],
  ['docker run -d -p 8080:80 nginx', 'docker ps', ['wrongCommand']],
  ['docker run -d --name web nginx', 'docker run -d --name webapp nginx', ['wrongOptionValue']],
  ['docker run -it ubuntu bash', 'docker run -it ubuntu', ['missingCommandArgs']],
  ['docker run -it ubuntu', 'docker run -it ubuntu bash', ['unexpectedCommandArgs']],
  ['docker run -it ubuntu bash', 'docker run -it ubuntu sh', ['wrongCommandArgs']],
  ['docker run -it ubuntu bash', 'docker run -i ubuntu bash', ['missingOption']],
  [
    'docker run -v data:/data redis',
    'docker run -v ./data:/data redis',
    ['missingOptionValue', 'unexpectedOptionValue'],
  ],
  ['docker run -e A=1 alpine', 'docker run -e A=2 alpine', ['missingOptionValue', 'unexpectedOptionValue']],
  ['docker run --rm alpine', 'docker run alpine', ['missingOption']],
  // ps
  ['docker ps -a', 'docker ps', ['missingOption']],
  ['docker ps', 'docker ps -a', ['unexpectedOption']],
  ['docker ps', 'docker images', ['wrongCommand']],
  // stop / rm
  ['docker stop web', 'docker stop db', ['wrongArgument']],
  ['docker stop web db', 'docker stop web', ['missingArgumentValue']],
  ['docker stop web', 'docker stop web db', ['unexpectedArgument']],
  ['docker rm -f web', 'docker rm web', ['missingOption']],
  ['docker rm web', 'docker stop web', ['wrongCommand']],
  // images / pull / rmi
  ['docker images', 'docker images -a', ['unexpectedOption']],
  ['docker pull nginx:1.27', 'docker pull nginx', ['wrongTag']],
  ['docker pull nginx', 'docker pull httpd', ['wrongImage']],
  ['docker rmi nginx', 'docker rm nginx', ['wrongCommand']],
  // build
  ['docker build -t mon-app:1.0 .', 'docker build -t mon-app:2.0 .', ['missingOptionValue', 'unexpectedOptionValue']],
  ['docker build -t mon-app:1.0 .', 'docker build .', ['missingOption']],
  ['docker build -t app .', 'docker build -t app ./src', ['wrongArgument']],
  ['docker build -f Dockerfile.prod -t app .', 'docker build -t app .', ['missingOption']],
  ['docker build -t app ./src', 'docker build -f Dockerfile -t app ./src', ['unexpectedOption']],
  ['docker build -t app .', 'docker buildx build -t app ./src', ['wrongArgument']],
  // volume / network
  ['docker volume create donnees', 'docker volume create data', ['wrongArgument']],
  ['docker volume create pgdata', 'docker volume create --name donnees', ['wrongArgument']],
  ['docker volume ls', 'docker volume rm donnees', ['wrongCommand']],
  ['docker network create mon-reseau', 'docker network create -d overlay mon-reseau', ['unexpectedOption']],
  [
    'docker network connect mon-reseau web',
    'docker network connect web mon-reseau',
    ['wrongArgument', 'wrongArgument'],
  ],
  // stats / logs / exec
  ['docker stats --no-stream', 'docker stats', ['missingOption']],
  ['docker logs -f web', 'docker logs web', ['missingOption']],
  ['docker logs -n 20 web', 'docker logs -n 50 web', ['wrongOptionValue']],
  ['docker exec -it web sh', 'docker exec -it web bash', ['wrongCommandArgs']],
  ['docker exec -it web sh', 'docker exec -it db sh', ['wrongArgument']],
  // compose
  ['docker compose up -d', 'docker compose up', ['missingOption']],
  ['docker compose up -d', 'docker compose down', ['wrongCommand']],
  ['docker compose down -v', 'docker compose down', ['missingOption']],
  ['docker compose up -d --build', 'docker compose up -d', ['missingOption']],
];

test.each(rejected)('%s rejects %s', (expected, given, codes) => {
  const result = compare(expected, given);
  expect(result.ok).toBe(false);
  expect(result.issues.map((issue) => issue.code)).toEqual(codes);
  expect(result.problems).toHaveLength(codes.length);
});

test('there are at least 40 accepted and 40 rejected cases', () => {
  expect(accepted.length).toBeGreaterThanOrEqual(40);
  expect(rejected.length).toBeGreaterThanOrEqual(40);
});

/* ---------------------------------------------------------------------------------------------- */
/* French problems                                                                                 */
/* ---------------------------------------------------------------------------------------------- */

test('a reversed port publication says host first, then container', () => {
  const result = compare('docker run -d -p 8080:80 nginx', 'docker run -d -p 80:8080 nginx');
  expect(result.problems).toEqual([
    'La publication de port est inversée\u00a0: l’hôte d’abord, puis le conteneur (8080:80).',
  ]);
});

test('problems name what is missing, extra or wrong', () => {
  expect(compare('docker run -d nginx', 'docker run nginx').problems).toEqual(['Il manque l’option `-d`.']);
  expect(compare('docker run nginx', 'docker run --rm nginx').problems).toEqual([
    'L’option `--rm` n’est pas demandée.',
  ]);
  expect(compare('docker run nginx:1.27', 'docker run nginx').problems).toEqual([
    'Le tag de l’image ne convient pas\u00a0: on attend `nginx:1.27`, pas `nginx:latest`.',
  ]);
  expect(compare('docker run nginx', 'docker run httpd').problems).toEqual([
    'Ce n’est pas la bonne image\u00a0: on attend `nginx`, pas `httpd`.',
  ]);
  expect(compare('docker ps', 'docker images').problems).toEqual([
    'Ce n’est pas la bonne commande\u00a0: on attend `docker ps`, pas `docker images`.',
  ]);
  expect(compare('docker run -it ubuntu bash', 'docker run -it ubuntu').problems).toEqual([
    'Il manque la commande à exécuter dans le conteneur\u00a0: `bash`.',
  ]);
  expect(compare('docker stop web', 'docker stop db').problems).toEqual([
    'Mauvaise valeur pour le conteneur\u00a0: on attend `web`, pas `db`.',
  ]);
});

test('formatCommandIssue renders through any translate function', () => {
  const issue = { code: 'missingArgument' as const, vars: { kind: 'image', command: 'docker run' } };
  const english = (key: string, vars?: Record<string, string | number>) =>
    (commandMessages.en[key as keyof typeof commandMessages.en] ?? key).replace(/\{(\w+)\}/g, (_m, name: string) =>
      String(vars?.[name] ?? ''),
    );
  expect(formatCommandIssue(issue, english)).toBe('Missing the image after `docker run`.');
  expect(describeCommandIssue(issue)).toBe('Il manque l’image après `docker run`.');
});

/* ---------------------------------------------------------------------------------------------- */
/* Parse errors                                                                                    */
/* ---------------------------------------------------------------------------------------------- */

test.each<[string, CommandIssueCode]>([
  ['', 'empty'],
  ['   ', 'empty'],
  ['podman run nginx', 'notDocker'],
  ['docker', 'missingSubcommand'],
  ['docker volume', 'missingSubcommand'],
  ['docker compose -f a.yaml', 'missingSubcommand'],
  ['docker runn nginx', 'unknownCommand'],
  ['docker volume explode', 'unknownCommand'],
  ['docker run -z nginx', 'unknownOption'],
  ['docker run --detached nginx', 'unknownOption'],
  ['docker --debug ps', 'unknownOption'],
  ['docker run -d', 'missingArgument'],
  ['docker stop', 'missingArgument'],
  ['docker network connect mon-reseau', 'missingArgument'],
  ['docker run --name', 'missingValue'],
  ['docker run -p', 'missingValue'],
  ['docker run --rm=yes nginx', 'unexpectedValue'],
  ['docker exec -it web', 'missingContainerCommand'],
  ['docker pull nginx httpd', 'tooManyArguments'],
  ['docker run -e "A=1 nginx', 'unterminatedQuote'],
  ["docker run -e 'A=1 nginx", 'unterminatedQuote'],
  ['docker ps | grep web', 'shellOperator'],
  ['docker ps && docker images', 'shellOperator'],
  ['docker logs web > log.txt', 'shellOperator'],
])('%j does not parse (%s)', (input, code) => {
  const result = parseDockerCommand(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.message).toMatch(/\.$/);
  }
});

test('the parsed command keeps canonical names, normalised values and the raw text', () => {
  expect(parsed('docker run -dit -p 127.0.0.1:8080:80/udp --name=web nginx sh -c "echo hi"')).toEqual({
    command: 'container run',
    options: [
      { name: 'detach', flag: '-d', value: null, raw: null },
      { name: 'interactive', flag: '-i', value: null, raw: null },
      { name: 'tty', flag: '-t', value: null, raw: null },
      { name: 'publish', flag: '-p', value: '127.0.0.1:8080:80/udp', raw: '127.0.0.1:8080:80/udp' },
      { name: 'name', flag: '--name', value: 'web', raw: 'web' },
    ],
    args: [{ kind: 'image', value: 'nginx:latest', raw: 'nginx' }],
    rest: ['sh', '-c', 'echo hi'],
  });
});

test('options after the image belong to the command run in the container', () => {
  const command = parsed('docker run alpine ls -la');
  expect(command.options).toEqual([]);
  expect(command.rest).toEqual(['ls', '-la']);
});

test('-f means --filter for ps, --follow for logs and --file for build and compose', () => {
  expect(parsed('docker ps -f status=exited').options[0]?.name).toBe('filter');
  expect(parsed('docker logs -f web').options[0]?.name).toBe('follow');
  expect(parsed('docker build -f Dockerfile.dev .').options[0]?.name).toBe('file');
  expect(parsed('docker compose -f compose.yaml up').options[0]?.name).toBe('file');
});

test('-t means --tty for run, --tag for build and --timeout for stop', () => {
  expect(parsed('docker run -t alpine').options[0]?.name).toBe('tty');
  expect(parsed('docker build -t app .').options[0]?.name).toBe('tag');
  expect(parsed('docker stop -t 3 web').options[0]?.name).toBe('timeout');
});

test('a single-valued option keeps its last value; flags count once', () => {
  const command = parsed('docker run --name a --name b -d -d nginx');
  expect(command.options).toEqual([
    { name: 'name', flag: '--name', value: 'b', raw: 'b' },
    { name: 'detach', flag: '-d', value: null, raw: null },
  ]);
  expect(parsed('docker run -d --detach=false nginx').options).toEqual([]);
});

test('-- ends the options', () => {
  expect(parsed('docker rm -- -web').args).toEqual([{ kind: 'container', value: '-web', raw: '-web' }]);
});

/* ---------------------------------------------------------------------------------------------- */
/* checkCommandAnswer                                                                              */
/* ---------------------------------------------------------------------------------------------- */

test('checkCommandAnswer accepts the answer or any alternative', () => {
  const question = {
    answer: 'docker run -d -p 8080:80 nginx',
    alternatives: ['docker run -d -p 8080:80 --name web nginx'],
  };
  expect(checkCommandAnswer(question, 'docker run -p 8080:80 -d nginx')).toMatchObject({
    ok: true,
    matched: question.answer,
  });
  expect(checkCommandAnswer(question, 'docker run --name=web -dp 8080:80 nginx')).toMatchObject({
    ok: true,
    matched: question.alternatives[0],
  });
});

test('checkCommandAnswer reports the closest accepted command', () => {
  const question = { answer: 'docker compose up -d', alternatives: ['docker compose up -d --build'] };
  const result = checkCommandAnswer(question, 'docker compose up --build');
  expect(result.ok).toBe(false);
  expect(result.matched).toBe('docker compose up -d --build');
  expect(result.issues.map((issue) => issue.code)).toEqual(['missingOption']);
});

test('checkCommandAnswer turns a parse error into one problem', () => {
  const result = checkCommandAnswer({ answer: 'docker ps', alternatives: [] }, 'docker pss');
  expect(result).toMatchObject({ ok: false, parseError: true, matched: null });
  expect(result.problems).toEqual(['`docker pss` n’est pas une commande docker prise en charge ici.']);
});

/* ---------------------------------------------------------------------------------------------- */
/* Tokenizer and value normalisation                                                               */
/* ---------------------------------------------------------------------------------------------- */

test.each<[string, string[]]>([
  ['docker ps', ['docker', 'ps']],
  ['  docker\tps  ', ['docker', 'ps']],
  ['echo "a b" \'c d\'', ['echo', 'a b', 'c d']],
  ['echo a\\ b', ['echo', 'a b']],
  ['echo "say \\"hi\\""', ['echo', 'say "hi"']],
  ["echo 'no \\escape'", ['echo', 'no \\escape']],
  ['echo pre"mid"post', ['echo', 'premidpost']],
  ['echo ""', ['echo', '']],
  ['docker run \\\n  nginx', ['docker', 'run', 'nginx']],
  ['docker run \\\r\n  nginx', ['docker', 'run', 'nginx']],
  ['docker ps # list them', ['docker', 'ps']],
  ['docker run -e “A=1” nginx', ['docker', 'run', '-e', 'A=1', 'nginx']],
])('tokenizeCommandLine(%j)', (input, tokens) => {
  expect(tokenizeCommandLine(input)).toEqual({ ok: true, tokens });
});

test.each([
  ['8080:80', '8080:80'],
  ['0.0.0.0:8080:80', '8080:80'],
  ['8080:80/tcp', '8080:80'],
  ['8080:80/UDP', '8080:80/udp'],
  ['127.0.0.1:8080:80', '127.0.0.1:8080:80'],
  ['127.0.0.1::80', '127.0.0.1::80'],
  ['80', '80'],
])('normalizePort(%j) is %j', (raw, expected) => {
  expect(normalizePort(raw)).toBe(expected);
});

test.each([
  ['data:/data', 'data:/data'],
  ['./data/:/data/', './data:/data'],
  ['$(pwd)/site:/site:ro', './site:/site:ro'],
  ['${PWD}/site:/site:rw', './site:/site'],
  ['$PWD:/app', '.:/app'],
  ['/var/lib/data', '/var/lib/data'],
  ['data:/data:z,ro', 'data:/data:ro,z'],
])('normalizeVolume(%j) is %j', (raw, expected) => {
  expect(normalizeVolume(raw)).toBe(expected);
});

test('normalizeMount sorts keys, resolves aliases and defaults the type', () => {
  expect(normalizeMount('src=data,dst=/data')).toBe('source=data,target=/data,type=volume');
  expect(normalizeMount('type=bind,source=$(pwd)/a/,target=/b,ro')).toBe(
    'readonly=true,source=./a,target=/b,type=bind',
  );
  expect(normalizeMount('type=bind,source=./a,target=/b,readonly=false')).toBe('source=./a,target=/b,type=bind');
});

test('normalizeImage adds latest and drops the default registry', () => {
  expect(normalizeImage('nginx')).toBe('nginx:latest');
  expect(normalizeImage('library/nginx:1.27')).toBe('nginx:1.27');
  expect(normalizeImage('docker.io/bitnami/redis')).toBe('bitnami/redis:latest');
  expect(normalizeImage('localhost:5000/app')).toBe('localhost:5000/app:latest');
  expect(normalizeImage('nginx@sha256:abc')).toBe('nginx@sha256:abc');
});

test('normalizeMemory compares in bytes', () => {
  expect(normalizeMemory('512m')).toBe(normalizeMemory('512MB'));
  expect(normalizeMemory('1g')).toBe(normalizeMemory('1024m'));
  expect(normalizeMemory('lots')).toBe('lots');
});

test('normalizePath', () => {
  expect(normalizePath('./')).toBe('.');
  expect(normalizePath('/')).toBe('/');
  expect(normalizePath('/app/')).toBe('/app');
  expect(normalizePath('$(pwd)')).toBe('.');
});

test('a command split into words by a shell parses like the same line', () => {
  const words = parseDockerTokens(['docker', 'run', '-d', '--name', 'web', 'nginx', 'sh', '-c', 'echo a; echo b']);
  expect(words.ok && words.command.rest).toEqual(['sh', '-c', 'echo a; echo b']);
  const group = parseDockerTokens(['docker', 'system', 'prune', '-af']);
  expect(group.ok && group.command.command).toBe('system prune');
});

test('every supported command parses in its displayed form (with arguments when required)', () => {
  const samples: Record<string, string> = {
    'docker run': 'docker run nginx',
    'docker exec': 'docker exec web ls',
    'docker stop': 'docker stop web',
    'docker start': 'docker start web',
    'docker restart': 'docker restart web',
    'docker rm': 'docker rm web',
    'docker logs': 'docker logs web',
    'docker pull': 'docker pull nginx',
    'docker push': 'docker push me/app',
    'docker build': 'docker build .',
    'docker rmi': 'docker rmi nginx',
    'docker volume rm': 'docker volume rm v',
    'docker volume inspect': 'docker volume inspect v',
    'docker network create': 'docker network create n',
    'docker network rm': 'docker network rm n',
    'docker network connect': 'docker network connect n c',
    'docker network disconnect': 'docker network disconnect n c',
    'docker network inspect': 'docker network inspect n',
    'docker create': 'docker create nginx',
    'docker kill': 'docker kill web',
    'docker pause': 'docker pause web',
    'docker unpause': 'docker unpause web',
    'docker port': 'docker port web',
    'docker top': 'docker top web',
    'docker diff': 'docker diff web',
    'docker cp': 'docker cp web:/etc/hosts ./hosts',
    'docker rename': 'docker rename web site',
    'docker container inspect': 'docker container inspect web',
    'docker inspect': 'docker inspect web',
    'docker image inspect': 'docker image inspect nginx',
    'docker tag': 'docker tag nginx site:1',
    'docker history': 'docker history nginx',
    'docker update': 'docker update --restart no c',
  };
  for (const display of supportedCommands) {
    const result = parseDockerCommand(samples[display] ?? display);
    expect(result.ok, display).toBe(true);
  }
});
