/**
 * The scenarios recorded on the real Engine, traps first. Each starts from a clean daemon holding exactly `images`
 * (stand-ins, see standins.ts) and a lab folder holding `hostFiles`; each step runs with `bash -c` in that folder.
 */
import type { CompareMode } from '../../tests/fixtures/engine/schema.ts';

export interface ScenarioStep {
  command: string;
  /** Real time waited before the step (the replay ticks the simulated clock by as much). */
  waitMs?: number;
  compare?: CompareMode;
  /** Today's Engine's wording, when the recorded daemon words it otherwise. */
  modern?: { stdout?: string; stderr?: string; exitCode?: number; why: string };
  note?: string;
  normalizeAddresses?: boolean;
  normalizePorts?: boolean;
  normalizeNumbers?: boolean;
  /** The recorder fails the scenario when the step exits otherwise (a guard on the recording, not stored). */
  expectExit?: number;
  timeoutMs?: number;
}

export interface Scenario {
  id: string;
  title: string;
  /** The lesson that teaches it: "<module>/<lesson>". */
  teaches: string;
  images: string[];
  hostFiles?: Record<string, string>;
  notes?: string;
  /** Where the images' own messages come from, when a step prints them. */
  sources?: string[];
  steps: ScenarioStep[];
}

const NGINX = 'nginx:1.27-alpine';
const ALPINE = 'alpine:3.20';

const HELLO_SOURCE = 'Message de hello-world : docker-library/hello-world, hello.c (version amd64).';
const NGINX_SOURCE =
  "Lignes de démarrage de nginx : docker-entrypoint.sh de l'image officielle (docker-library/docker-nginx) ; " +
  "journal d'accès au format « combined » de nginx, sur la sortie standard comme dans l'image officielle.";
const POSTGRES_SOURCE =
  "Message d'erreur de postgres : docker-entrypoint.sh de l'image officielle (docker-library/postgres, " +
  'docker_verify_minimum_env).';

/** `docker run` of an unknown image, as today's Engine words it after the registry answers. */
const PULL_DENIED = (image: string) =>
  `Unable to find image '${image}' locally\n` +
  `docker: Error response from daemon: pull access denied for ${image.replace(/:.*$/, '')}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\n` +
  "Run 'docker run --help' for more information\n";

/** A process that cannot start, as today's Engine (containerd 1.7+/2.x, runc 1.2+) reports it. */
const OCI_START_FAILED = (cause: string) =>
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime ' +
  `create failed: runc create failed: unable to start container process: error during container init: ${cause}: unknown\n\n` +
  "Run 'docker run --help' for more information\n";
const OCI_WHY =
  "Le démon 20.10 (containerd 1.6, runc 1.1) n'écrit ni « failed to create task for container » ni « error during container init » : " +
  'les Engine actuels (containerd 1.7+, runc 1.2+) les ajoutent ; le code de sortie (125, 126 ou 127) ne change pas.';

export const SCENARIOS: Scenario[] = [
  {
    id: 'hello-world',
    title: 'Le premier conteneur : hello-world affiche son message puis s’arrête',
    teaches: 'conteneurisation/conteneurs',
    images: ['hello-world:latest'],
    sources: [HELLO_SOURCE],
    steps: [
      { command: 'docker run hello-world', expectExit: 0 },
      { command: 'docker ps', expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'run-detached-lifecycle',
    title: 'Un serveur en arrière-plan : run -d, ps, logs, stop, rm',
    teaches: 'conteneurisation/conteneurs',
    images: [NGINX],
    sources: [NGINX_SOURCE],
    steps: [
      { command: `docker run -d --name web ${NGINX}`, expectExit: 0 },
      { command: 'docker ps', waitMs: 1500, expectExit: 0 },
      {
        command: 'docker logs web',
        expectExit: 0,
        compare: 'exit-only',
        note: "Ce qu'écrit nginx vient de l'image (son entrypoint et ses notices), pas du moteur : sortie standard pour l'entrypoint, erreur standard pour les notices.",
      },
      { command: 'docker stop web', expectExit: 0 },
      { command: 'docker ps', expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" web', expectExit: 0 },
      { command: 'docker rm web', expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'run-rm-leaves-nothing',
    title: 'Avec --rm, le conteneur disparaît dès la fin de son programme',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run --rm ${ALPINE} echo bonjour`, expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
      { command: `docker run --name reste ${ALPINE} echo bonjour`, expectExit: 0 },
      { command: 'docker ps -a --format "{{.Names}} {{.Status}}"', expectExit: 0 },
    ],
  },
  {
    id: 'rm-running-container',
    title: 'On ne supprime pas un conteneur en marche sans -f',
    teaches: 'conteneurisation/conteneurs',
    images: [NGINX],
    steps: [
      { command: `docker run -d --name web ${NGINX}`, expectExit: 0 },
      {
        command: 'docker rm web',
        expectExit: 1,
        note: "Le message cite l'ID complet du conteneur.",
        modern: {
          stderr:
            'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n',
          why: 'Depuis Docker Engine 25, le démon formule autrement le refus de supprimer un conteneur en marche (moby, daemon/delete.go : « cannot remove container … container is running: stop the container before removing or force remove »).',
        },
      },
      { command: 'docker rm -f web', expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'exit-codes-0-1-3',
    title: 'Le code de sortie du programme devient celui du conteneur : 0, 1, 3',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run --name ok ${ALPINE} true; echo "code $?"`, expectExit: 0 },
      { command: `docker run --name echec ${ALPINE} false; echo "code $?"`, expectExit: 0 },
      { command: `docker run --name trois ${ALPINE} sh -c 'exit 3'`, expectExit: 3 },
      { command: 'docker ps -a', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.ExitCode}}" trois', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}}" echec', expectExit: 0 },
    ],
  },
  {
    id: 'exit-127-unknown-command',
    title: 'Une commande introuvable dans l’image : erreur du démon et code 127',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      {
        command: `docker run --name essai ${ALPINE} nosuchcmd`,
        expectExit: 127,
        modern: { stderr: OCI_START_FAILED('exec: "nosuchcmd": executable file not found in $PATH'), why: OCI_WHY },
      },
      { command: 'docker ps -a', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" essai', expectExit: 0 },
    ],
  },
  {
    id: 'exit-126-not-executable',
    title: 'Un fichier non exécutable comme commande : code 126',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      {
        command: `docker run --name essai ${ALPINE} /etc/passwd`,
        expectExit: 126,
        modern: { stderr: OCI_START_FAILED('exec: "/etc/passwd": permission denied'), why: OCI_WHY },
      },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" essai', expectExit: 0 },
    ],
  },
  {
    id: 'exit-137-kill-143-init',
    title: 'docker kill donne 137 (SIGKILL) ; avec --init, docker stop donne 143 (SIGTERM)',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name dormeur ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker kill dormeur', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" dormeur', expectExit: 0 },
      { command: `docker run -d --init --name poli ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker stop poli', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" poli', expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'stop-ignores-sigterm',
    title: 'Un PID 1 qui ignore SIGTERM : docker stop attend le délai puis tue (137)',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    notes:
      'sleep en PID 1 n’a pas de gestionnaire de SIGTERM : le noyau ignore le signal, docker stop attend le délai (-t 1 ici, 10 s par défaut) puis envoie SIGKILL.',
    steps: [
      { command: `docker run -d --name tetu ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker stop -t 1 tetu', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}" tetu', expectExit: 0 },
    ],
  },
  {
    id: 'default-bridge-no-dns',
    title: 'Sur le bridge par défaut, un conteneur ne résout pas le nom d’un autre',
    teaches: 'conteneurisation/communication-dns',
    images: [ALPINE],
    notes:
      'Sur le bridge par défaut, le conteneur reçoit le resolv.conf de l’hôte : le nom « db » part au résolveur de la machine, qui ne le connaît pas (une seule requête DNS).',
    steps: [
      { command: `docker run -d --name db ${ALPINE} sleep 600`, expectExit: 0 },
      {
        command: `docker run --rm ${ALPINE} nslookup db`,
        expectExit: 1,
        compare: 'exit-only',
        note: 'La sortie de nslookup dépend du résolveur de la machine (son adresse figure dans la réponse) ; seule la ligne NXDOMAIN compte.',
      },
      { command: 'docker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" db', expectExit: 0 },
    ],
  },
];

export { PULL_DENIED, POSTGRES_SOURCE };
