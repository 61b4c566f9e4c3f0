/**
 * The build workbench's commands in the engine: `docker build` (also `docker image build`,
 * `docker buildx build`) and `docker compose` / `docker-compose`. Other docker commands go to the CLI.
 */
import { Builder } from './build';
import type { CliEffect, CliIo, DockerCli } from './cli';
import { Compose } from './compose';
import type { Runtime } from './runtime';

export class Workbench {
  readonly builder: Builder;
  private readonly compose: Compose;

  constructor(
    private readonly rt: Runtime,
    cli: DockerCli,
  ) {
    this.builder = new Builder(rt);
    this.compose = new Compose({
      rt,
      cli,
      build: (args, io) => this.builder.build(args, io, false, this.cwd),
    });
  }

  private cwd = '/home/eleve/lab';

  /** The exit code, or null when the words are another docker command. */
  run(words: string[], io: CliIo, env: ReadonlyMap<string, string>, cwd: string, effect: CliEffect): number | null {
    const args = words.slice(1);
    this.cwd = cwd;
    let rest: string[] | null = null;
    if (args[0] === 'build') rest = args.slice(1);
    else if ((args[0] === 'image' || args[0] === 'buildx') && args[1] === 'build') rest = args.slice(2);
    if (rest !== null) {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.out(BUILD_HELP);
        return 0;
      }
      const legacy = env.get('DOCKER_BUILDKIT') === '0' && args[0] !== 'buildx';
      return this.builder.build(rest, io, legacy, cwd);
    }
    if (args[0] === 'compose') return this.compose.run(args.slice(1), io, effect, cwd, env);
    void this.rt;
    return null;
  }
}

const BUILD_HELP = `
Usage:  docker buildx build [OPTIONS] PATH | URL | -

Start a build

Aliases:
  docker build, docker builder build, docker image build, docker buildx b

Options:
      --build-arg stringArray     Set build-time variables
  -f, --file string               Name of the Dockerfile (default: "PATH/Dockerfile")
      --no-cache                  Do not use cache when building the image
  -q, --quiet                     Suppress the build output and print image ID on success
  -t, --tag stringArray           Name and optionally a tag (format: "name:tag")
      --target string             Set the target build stage to build
`;
