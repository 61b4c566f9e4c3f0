/**
 * The scenarios recorded on the real Engine, traps first. Each starts from a clean daemon holding exactly `images`
 * (stand-ins, see standins.ts) and a lab folder holding `hostFiles`; each step runs with `bash -c` in that folder.
 */
import type { CompareMode } from '../../tests/fixtures/engine/schema';

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
  /** Only the first N lines of stdout are compared on replay (the rest comes from the stand-in image; `note` says why). */
  compareLines?: number;
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
  /** The scenario lists or counts images: no other stand-in may be present (others are kept between scenarios). */
  exactImages?: boolean;
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

/** A small app to build: its dependencies are copied before its sources, so that editing a source keeps them cached. */
const BUILD_APP: Record<string, string> = {
  Dockerfile:
    'FROM alpine:3.20\nWORKDIR /app\nCOPY requirements.txt .\nRUN echo "installation des dépendances" && cp requirements.txt installed.txt\nCOPY . .\nCMD ["sh", "app.sh"]\n',
  'requirements.txt': 'flask==3.1.0\n',
  'app.sh': 'echo "bonjour depuis app"\n',
  '.dockerignore': 'secret.txt\n*.log\n',
  'secret.txt': 'ne pas copier\n',
  'debug.log': 'journal local\n',
};

const LEGACY_BUILDER_NOTE =
  "Enregistré avec le constructeur historique (DOCKER_BUILDKIT=0) : la machine n'a pas buildx (ni docker-buildx ni " +
  "docker-buildx-plugin dans ses paquets Debian). Les étapes, le cache et les couches sont les mêmes qu'avec BuildKit ; " +
  "l'affichage diffère (BuildKit écrit « #6 [2/5] RUN … », « CACHED », « naming to docker.io/library/app:1 », voir " +
  'docs/engine-fidelity.md).';

const COMPOSE_NOTE =
  "Enregistré avec docker-compose 1.29.2 (le seul Compose des paquets Debian de la machine ; docker-compose-v2 n'y est " +
  'pas). Le comportement est celui de Compose v2 : projet nommé d’après le dossier (lab), réseau lab_default, volume ' +
  'lab_data, attente de service_healthy, down qui garde le volume, down -v qui le retire. Les conteneurs s’appellent ' +
  'lab_db_1 en v1 et lab-db-1 en v2 : les étapes vérifiées passent donc par le label com.docker.compose.service.';
const COMPOSE_OUTPUT_NOTE =
  'Affichage propre à docker-compose v1 (« Creating lab_db_1 ... done ») ; Compose v2 affiche « ✔ Container lab-db-1 ' +
  'Started » et des lignes Network/Volume : seul le code de sortie est comparé.';

export const SCENARIOS: Scenario[] = [
  {
    id: 'hello-world',
    title: 'Le premier conteneur : hello-world affiche son message puis s’arrête',
    teaches: 'conteneurisation/conteneurs',
    exactImages: true,
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

  {
    id: 'invalid-container-name',
    title: 'Un nom de conteneur d’un seul caractère est refusé (125)',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run --name x ${ALPINE} true`, expectExit: 125 },
      { command: `docker run --name "mon web" ${ALPINE} true`, expectExit: 125 },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'user-network-dns',
    title: 'Sur un réseau créé, les conteneurs se trouvent par leur nom et leurs alias (DNS 127.0.0.11)',
    teaches: 'conteneurisation/communication-dns',
    images: [ALPINE],
    steps: [
      { command: 'docker network create app', expectExit: 0 },
      { command: `docker run -d --name db --network app ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker run -d --name api --network app --network-alias backend ${ALPINE} sleep 600`, expectExit: 0 },
      {
        command: `docker run --rm --network app ${ALPINE} nslookup db`,
        expectExit: 0,
        normalizeAddresses: true,
        compare: 'lines-unordered',
        note: 'busybox nslookup interroge A et AAAA en parallèle : l’ordre de ses blocs varie d’une exécution à l’autre.',
      },
      {
        command: `docker run --rm --network app ${ALPINE} ping -c 1 -W 2 backend`,
        expectExit: 0,
        normalizeAddresses: true,
        compare: 'exit-only',
        note: 'Le temps de réponse de ping varie ; le nom « backend » (un alias) se résout et répond.',
      },
      {
        command: `docker run --rm --network app ${ALPINE} cat /etc/resolv.conf`,
        expectExit: 0,
        note: 'Les lignes search et options viennent du resolv.conf de la machine ; nameserver 127.0.0.11 est le DNS intégré de Docker.',
      },
      {
        command: `docker exec api nslookup db`,
        expectExit: 0,
        normalizeAddresses: true,
        compare: 'lines-unordered',
        note: 'busybox nslookup interroge A et AAAA en parallèle : l’ordre de ses blocs varie d’une exécution à l’autre.',
      },
      {
        command: 'docker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" db api',
        expectExit: 0,
        normalizeAddresses: true,
        note: 'Adresses normalisées : le démon d’enregistrement n’était pas neuf (172.19.0.0/16 au lieu de 172.18.0.0/16).',
      },
    ],
  },
  {
    id: 'network-lifecycle',
    title: 'Réseaux : create, ls, inspect, connect, disconnect, rm (en usage) et prune',
    teaches: 'conteneurisation/reseau',
    images: [ALPINE],
    steps: [
      { command: 'docker network create app', expectExit: 0 },
      { command: 'docker network create --subnet 10.10.0.0/24 back', expectExit: 0 },
      { command: 'docker network ls', expectExit: 0 },
      {
        command:
          'docker network inspect -f "{{.Driver}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}" app back',
        expectExit: 0,
        normalizeAddresses: true,
        note: 'Le démon d’enregistrement avait déjà créé des réseaux : il a donné 172.22.0.0/16 à app, là où un démon neuf donne 172.18.0.0/16 (d’où la normalisation des adresses).',
      },
      { command: `docker run -d --name box --network app ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker network connect back box', expectExit: 0 },
      {
        command: `docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' box`,
        expectExit: 0,
        normalizeAddresses: true,
      },
      {
        command: 'docker network rm app',
        expectExit: 1,
        modern: {
          stderr:
            'Error response from daemon: error while removing network: network app has active endpoints (name:"box" id:"22ee2f685f9b")\nexit status 1\n',
          why: 'Depuis Docker Engine 26, le refus nomme les conteneurs encore branchés (name, id court) au lieu de l’ID du réseau ; « exit status 1 » vient du client.',
        },
      },
      { command: 'docker network disconnect app box', expectExit: 0 },
      { command: 'docker network rm app', expectExit: 0 },
      { command: 'docker network create vide', expectExit: 0 },
      {
        command: 'docker network prune -f',
        expectExit: 0,
        note: '« back » sert encore à box : prune ne supprime que « vide ».',
      },
      { command: 'docker network ls --format "{{.Name}} {{.Driver}} {{.Scope}}"', expectExit: 0 },
    ],
  },
  {
    id: 'network-host-none',
    title: 'Les réseaux host et none : la pile de l’hôte, ou aucune interface sauf lo',
    teaches: 'conteneurisation/reseau',
    images: [ALPINE],
    steps: [
      { command: `docker run --rm --network none ${ALPINE} ls /sys/class/net`, expectExit: 0 },
      {
        command: `docker run --rm --network host ${ALPINE} ls /sys/class/net`,
        expectExit: 0,
        compare: 'exit-only',
        note: 'La liste est celle des interfaces de la machine qui a enregistré (docker0, eth0, lo…), pas une règle du moteur.',
      },
      { command: `docker run -d --name isole --network none ${ALPINE} sleep 600`, expectExit: 0 },
      {
        command:
          'docker inspect -f "{{.HostConfig.NetworkMode}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]" isole',
        expectExit: 0,
      },
      {
        command: `docker run -d --name web --network host -p 8080:80 ${ALPINE} sleep 600`,
        expectExit: 0,
        note: 'Avec --network host, -p est ignoré (un avertissement le dit).',
      },
      { command: 'docker port web', expectExit: 0 },
    ],
  },
  {
    id: 'http-by-name-and-refused',
    title: 'Sur un réseau créé, wget atteint nginx par son nom ; un port sans serveur refuse la connexion',
    teaches: 'conteneurisation/communication-dns',
    images: [NGINX, ALPINE],
    sources: [NGINX_SOURCE],
    steps: [
      { command: 'docker network create app', expectExit: 0 },
      { command: `docker run -d --name web --network app ${NGINX}`, expectExit: 0 },
      { command: `docker run --rm --network app ${ALPINE} wget -qO- http://web/`, waitMs: 1000, expectExit: 0 },
      {
        command: `docker run --rm --network app ${ALPINE} wget -qO- http://web:8080/`,
        expectExit: 1,
        normalizeAddresses: true,
      },
      { command: `docker run --rm --network app ${ALPINE} wget -qO- http://web/absente.html`, expectExit: 1 },
      {
        command: 'docker logs web 2>/dev/null | grep HTTP',
        expectExit: 0,
        compare: 'exit-only',
        note: "Journal d'accès de nginx (format « combined ») : adresse du client, date, requête, statut, taille ; écrit par l'image, pas par le moteur.",
      },
    ],
  },
  {
    id: 'publish-port',
    title: 'Publier un port : -p 8080:80, docker port, colonne PORTS et requête depuis l’hôte',
    teaches: 'conteneurisation/reseau',
    images: [NGINX],
    steps: [
      { command: `docker run -d --name web -p 8080:80 ${NGINX}`, expectExit: 0 },
      { command: 'docker port web', expectExit: 0 },
      { command: 'docker port web 80', expectExit: 0 },
      { command: 'docker ps', expectExit: 0 },
      { command: 'curl -s http://localhost:8080/', waitMs: 1000, expectExit: 0 },
      { command: 'curl -sI http://localhost:8080/ | head -n 1', expectExit: 0 },
    ],
  },
  {
    id: 'port-already-allocated',
    title: 'Un port de l’hôte déjà pris : erreur 125 et conteneur laissé Created',
    teaches: 'conteneurisation/reseau',
    images: [NGINX],
    steps: [
      { command: `docker run -d --name web -p 8080:80 ${NGINX}`, expectExit: 0 },
      {
        command: `docker run -d --name web2 -p 8080:80 ${NGINX}`,
        expectExit: 125,
        modern: {
          stderr:
            'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 (78cb2870dc0212bde1a5099c2037a55358c09f89f7e25467642dbdeccb16c8a7): Bind for 0.0.0.0:8080 failed: port is already allocated\n\n' +
            "Run 'docker run --help' for more information\n",
          why: 'Docker Engine 28 préfixe les erreurs de mise en réseau par « failed to set up container networking: » ; le reste du message, le code 125 et le conteneur laissé Created ne changent pas.',
        },
        note: "Le démon imprime l'ID du conteneur créé avant l'échec, puis l'erreur ; le nom de l'endpoint suit.",
      },
      { command: 'docker ps -a', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}}" web2', expectExit: 0 },
    ],
  },
  {
    id: 'expose-publishes-nothing',
    title: 'EXPOSE documente un port mais ne publie rien',
    teaches: 'conteneurisation/reseau',
    images: [NGINX],
    steps: [
      { command: `docker run -d --name web ${NGINX}`, expectExit: 0 },
      { command: 'docker port web', expectExit: 0 },
      { command: 'docker ps', expectExit: 0 },
      {
        command: 'docker inspect -f "{{json .Config.ExposedPorts}} {{json .HostConfig.PortBindings}}" web',
        expectExit: 0,
      },
      {
        command: 'curl -s -o /dev/null -w "%{http_code}\\n" http://localhost:80/',
        expectExit: 7,
        note: 'Rien n’écoute sur le port 80 de l’hôte : curl échoue (7, connexion refusée).',
      },
    ],
  },
  {
    id: 'publish-all-ephemeral',
    title: '-P publie les ports exposés sur des ports éphémères de l’hôte',
    teaches: 'conteneurisation/reseau',
    images: [NGINX],
    steps: [
      { command: `docker run -d --name web -P ${NGINX}`, expectExit: 0 },
      { command: 'docker port web', expectExit: 0, normalizePorts: true },
      { command: 'docker ps --format "{{.Names}} {{.Ports}}"', expectExit: 0, normalizePorts: true },
    ],
  },
  {
    id: 'named-volume-outlives-container',
    title: 'Un volume nommé survit à ses conteneurs ; volume ls, inspect, rm (en usage)',
    teaches: 'conteneurisation/volumes',
    images: [ALPINE],
    steps: [
      { command: 'docker volume create donnees', expectExit: 0 },
      { command: `docker run --rm -v donnees:/data ${ALPINE} sh -c 'echo bonjour > /data/message'`, expectExit: 0 },
      { command: `docker run --rm -v donnees:/data ${ALPINE} cat /data/message`, expectExit: 0 },
      { command: 'docker volume ls', expectExit: 0 },
      { command: 'docker volume inspect -f "{{.Driver}} {{.Mountpoint}}" donnees', expectExit: 0 },
      { command: `docker run -d --name app -v donnees:/data ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker volume rm donnees', expectExit: 1 },
      { command: 'docker rm -f app', expectExit: 0 },
      { command: 'docker volume rm donnees', expectExit: 0 },
      { command: 'docker volume ls', expectExit: 0 },
    ],
  },
  {
    id: 'volume-prune',
    title: 'volume prune : ce que le démon supprime (anonymes, et nommés selon la version)',
    teaches: 'conteneurisation/volumes',
    images: [ALPINE, 'redis:7.4-alpine'],
    steps: [
      { command: 'docker volume create garde', expectExit: 0 },
      { command: `docker run -d --name cache redis:7.4-alpine`, expectExit: 0 },
      { command: 'docker rm -f cache', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
      {
        command: 'docker volume prune -f',
        expectExit: 0,
        modern: {
          stdout:
            'Deleted Volumes:\n59ea45ed67db8c120a58c1b0ae681706911c3eb5bc2b417fd1c62d9d7acce0b1\n\nTotal reclaimed space: 0B\n',
          why: 'Depuis Docker Engine 23 (API 1.42), volume prune ne supprime que les volumes anonymes ; --all (-a) retire aussi les volumes nommés inutilisés (documentation « docker volume prune »).',
        },
        note: 'Le démon 20.10 supprime tous les volumes inutilisés, nommés compris.',
      },
      {
        command: 'docker volume ls',
        expectExit: 0,
        modern: {
          stdout: 'DRIVER    VOLUME NAME\nlocal     garde\n',
          why: 'Avec un Engine 23 ou plus récent, le volume nommé « garde » survit à volume prune sans --all.',
        },
      },
    ],
  },
  {
    id: 'anonymous-volume-and-rm',
    title: 'Le VOLUME d’une image crée un volume anonyme ; --rm le supprime, rm -f le laisse',
    teaches: 'conteneurisation/volumes',
    images: ['redis:7.4-alpine'],
    steps: [
      { command: 'docker run -d --rm --name jetable redis:7.4-alpine', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
      { command: 'docker inspect -f "{{range .Mounts}}{{.Type}} {{.Destination}}{{end}}" jetable', expectExit: 0 },
      { command: 'docker stop jetable', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', waitMs: 500, expectExit: 0 },
      { command: 'docker run -d --name garde redis:7.4-alpine', expectExit: 0 },
      { command: 'docker rm -f garde', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
      { command: 'docker run -d --name net redis:7.4-alpine', expectExit: 0 },
      { command: 'docker rm -f -v net', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'bind-mount-host-folder',
    title: 'Un bind mount montre le dossier de l’hôte : une modification se voit aussitôt',
    teaches: 'conteneurisation/volumes',
    images: [NGINX],
    hostFiles: { 'site/index.html': '<h1>Bonjour</h1>\n' },
    steps: [
      {
        command: `docker run -d --name web -p 8080:80 -v "$PWD/site":/usr/share/nginx/html:ro ${NGINX}`,
        expectExit: 0,
      },
      { command: 'curl -s http://localhost:8080/', waitMs: 1000, expectExit: 0 },
      { command: "echo '<h1>Modifié</h1>' > site/index.html && curl -s http://localhost:8080/", expectExit: 0 },
      { command: 'docker exec web sh -c "echo test > /usr/share/nginx/html/x.html"', expectExit: 1 },
      {
        command: 'docker inspect -f "{{range .Mounts}}{{.Type}} {{.Source}} -> {{.Destination}} rw={{.RW}}{{end}}" web',
        expectExit: 0,
      },
    ],
  },
  {
    id: 'tmpfs-mount',
    title: 'Un tmpfs vit en mémoire et disparaît avec le conteneur',
    teaches: 'conteneurisation/volumes',
    images: [ALPINE],
    steps: [
      { command: `docker run --rm --tmpfs /cache ${ALPINE} sh -c 'grep " /cache " /proc/mounts'`, expectExit: 0 },
      { command: `docker run -d --name box --tmpfs /cache ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker inspect -f "{{json .HostConfig.Tmpfs}} {{len .Mounts}}" box', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'restart-on-failure',
    title: '--restart on-failure:3 relance trois fois puis abandonne (RestartCount)',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name fragile --restart on-failure:3 ${ALPINE} sh -c 'exit 1'`, expectExit: 0 },
      {
        command:
          'docker inspect -f "{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}} {{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}" fragile',
        waitMs: 5000,
        expectExit: 0,
      },
      { command: 'docker ps -a', expectExit: 0 },
      { command: `docker run -d --name content --restart on-failure:3 ${ALPINE} true`, expectExit: 0 },
      { command: 'docker inspect -f "{{.RestartCount}} {{.State.Status}}" content', waitMs: 2000, expectExit: 0 },
    ],
  },
  {
    id: 'restart-always-unless-stopped',
    title: 'always et unless-stopped relancent un conteneur qui meurt ; docker stop l’arrête pour de bon',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name toujours --restart always ${ALPINE} sh -c 'sleep 1; exit 2'`, expectExit: 0 },
      { command: `docker run -d --name sauf --restart unless-stopped ${ALPINE} sleep 600`, expectExit: 0 },
      {
        command:
          'docker inspect -f "{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{gt .RestartCount 0}}" toujours sauf',
        waitMs: 2500,
        expectExit: 0,
      },
      { command: 'docker stop sauf', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.RestartCount}}" sauf', waitMs: 1000, expectExit: 0 },
      { command: 'docker stop toujours', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}}" toujours', waitMs: 1000, expectExit: 0 },
      { command: `docker run -d --name jamais --restart no ${ALPINE} sh -c 'exit 1'`, expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.RestartCount}}" jamais', waitMs: 1000, expectExit: 0 },
    ],
  },
  {
    id: 'postgres-missing-password',
    title: 'postgres sans POSTGRES_PASSWORD s’arrête (1) ; on lit ses logs et on le répare avec -e',
    teaches: 'conteneurisation/pratique',
    images: ['postgres:17'],
    sources: [POSTGRES_SOURCE],
    steps: [
      { command: 'docker run -d --name db postgres:17', expectExit: 0 },
      { command: 'docker ps -a', waitMs: 1500, expectExit: 0 },
      { command: 'docker logs db', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" db', expectExit: 0 },
      { command: 'docker rm db', expectExit: 0 },
      { command: 'docker run -d --name db -e POSTGRES_PASSWORD=secret postgres:17', expectExit: 0 },
      { command: 'docker ps', waitMs: 1500, expectExit: 0 },
      {
        command: 'docker logs db 2>&1 | grep -E "init process complete|ready to accept connections"',
        expectExit: 0,
        compare: 'exit-only',
        note: "Lignes écrites par postgres (horodatées par lui) : l'image initialise la base puis accepte les connexions.",
      },
      { command: 'docker inspect -f "{{json .Config.Env}}" db', expectExit: 0 },
    ],
  },
  {
    id: 'healthcheck-starting-healthy',
    title: 'Un healthcheck passe de starting à healthy (ou unhealthy) dans docker ps',
    teaches: 'observabilite/observer-conteneurs',
    images: [NGINX],
    steps: [
      {
        command: `docker run -d --name web --health-cmd "wget -q -O /dev/null http://localhost/ || exit 1" --health-interval 20s --health-retries 2 ${NGINX}`,
        expectExit: 0,
      },
      { command: 'docker ps --format "{{.Names}} {{.Status}}"', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Health.Status}}" web', expectExit: 0 },
      { command: 'docker ps --format "{{.Names}} {{.Status}}"', waitMs: 25000, expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Health.Status}} {{.State.Health.FailingStreak}}" web', expectExit: 0 },
      {
        command: `docker run -d --name malade --health-cmd "exit 1" --health-interval 1s --health-retries 2 ${NGINX}`,
        expectExit: 0,
      },
      { command: 'docker ps --format "{{.Names}} {{.Status}}" --filter name=malade', waitMs: 4000, expectExit: 0 },
      { command: 'docker ps --filter health=unhealthy --format "{{.Names}}"', expectExit: 0 },
    ],
  },
  {
    id: 'resource-limits',
    title: 'Limites -m, --cpus et --pids-limit, lues dans inspect et docker stats',
    teaches: 'observabilite/docker-stats',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name borne -m 64m --cpus 0.5 --pids-limit 50 ${ALPINE} sleep 600`, expectExit: 0 },
      {
        command: 'docker inspect -f "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}" borne',
        expectExit: 0,
      },
      { command: 'docker stats --no-stream borne', expectExit: 0, normalizeNumbers: true },
      { command: 'docker stats --no-stream --format "{{.Name}} {{.MemUsage}}" borne', expectExit: 0 },
    ],
  },
  {
    id: 'oom-killed',
    title: 'Dépasser sa limite mémoire : le noyau tue le conteneur (137, OOMKilled)',
    teaches: 'observabilite/docker-stats',
    images: [ALPINE],
    steps: [
      {
        command: `docker run --name gourmand -m 32m --memory-swap 32m ${ALPINE} sh -c 'tail /dev/zero'`,
        expectExit: 137,
        timeoutMs: 60_000,
      },
      {
        command: 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}" gourmand',
        expectExit: 0,
      },
      { command: 'docker ps -a', expectExit: 0 },
    ],
  },
  {
    id: 'top-diff-cp',
    title: 'top, diff et cp dans les deux sens',
    teaches: 'conteneurisation/couches-stockage',
    images: [NGINX],
    hostFiles: { 'note.txt': 'copié depuis l’hôte\n' },
    steps: [
      { command: `docker run -d --name web ${NGINX}`, expectExit: 0 },
      {
        command: 'docker top web',
        waitMs: 1000,
        expectExit: 0,
        normalizeNumbers: true,
        compare: 'exit-only',
        note: 'Les processus de l’image de remplacement (sh, nc) diffèrent de ceux de nginx (master, worker) ; les colonnes UID PID PPID C STIME TTY TIME CMD viennent du moteur.',
      },
      { command: 'docker exec web sh -c "echo essai > /tmp/essai.txt && rm /docker-entrypoint.sh"', expectExit: 0 },
      { command: 'docker diff web', expectExit: 0 },
      { command: 'docker cp web:/usr/share/nginx/html/index.html ./page.html && head -n 4 page.html', expectExit: 0 },
      { command: 'docker cp note.txt web:/tmp/', expectExit: 0 },
      { command: 'docker exec web cat /tmp/note.txt', expectExit: 0 },
      { command: 'docker cp web:/absent ./x', expectExit: 1 },
    ],
  },
  {
    id: 'exec-options-and-stopped',
    title: 'exec avec -e, -u, -w ; exec dans un conteneur arrêté est refusé',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name box ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker exec -e SALUT=bonjour box sh -c 'echo $SALUT'`, expectExit: 0 },
      { command: 'docker exec -u nobody box id', expectExit: 0 },
      { command: 'docker exec -w /tmp box pwd', expectExit: 0 },
      { command: 'docker exec box hostname', expectExit: 0 },
      {
        command: 'docker exec box nosuchcmd',
        expectExit: 126,
        note: 'Le démon 20.10 rend 126 pour une commande introuvable dans exec (127 avec docker run) ; le message vient de runc.',
      },
      { command: 'docker stop -t 1 box', expectExit: 0 },
      { command: 'docker exec box ls', expectExit: 1 },
    ],
  },
  {
    id: 'pause-unpause',
    title: 'pause gèle les processus : ps affiche Paused, exec est refusé, unpause reprend',
    teaches: 'conteneurisation/cgroups-namespaces',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name box ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker pause box', expectExit: 0 },
      { command: 'docker ps', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.Status}} {{.State.Paused}}" box', expectExit: 0 },
      { command: 'docker exec box ls', expectExit: 1 },
      { command: 'docker unpause box', expectExit: 0 },
      { command: 'docker ps --format "{{.Names}} {{.Status}}"', expectExit: 0 },
    ],
  },
  {
    id: 'create-then-start',
    title: 'create prépare un conteneur (Created) ; start le lance, start -a affiche sa sortie',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker create --name bonjour ${ALPINE} echo bonjour`, expectExit: 0 },
      { command: 'docker ps -a', expectExit: 0 },
      { command: 'docker start -a bonjour', expectExit: 0 },
      { command: 'docker start bonjour', expectExit: 0 },
      { command: 'docker logs bonjour', waitMs: 1000, expectExit: 0 },
      { command: 'docker ps -a --format "{{.Names}} {{.Status}}"', expectExit: 0 },
    ],
  },
  {
    id: 'name-conflict-and-rename',
    title: 'Deux conteneurs ne partagent pas un nom ; rename libère l’ancien',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name web ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker run -d --name web ${ALPINE} sleep 600`, expectExit: 125 },
      { command: 'docker rename web ancien', expectExit: 0 },
      { command: `docker run -d --name web ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker rename web ancien', expectExit: 1 },
      { command: 'docker ps --format "{{.Names}}"', expectExit: 0 },
    ],
  },
  {
    id: 'ps-filters-and-formats',
    title: 'ps -a, -q, --filter status= et name=, --format en tableau et en gabarit Go',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name web ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker run -d --name web-admin ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker run --name tache ${ALPINE} true`, expectExit: 0 },
      { command: 'docker ps -q | wc -l', expectExit: 0 },
      { command: 'docker ps -aq | wc -l', expectExit: 0 },
      { command: 'docker ps -a --filter status=exited --format "{{.Names}}"', expectExit: 0 },
      { command: 'docker ps --filter name=web --format "{{.Names}}"', expectExit: 0 },
      { command: 'docker ps --filter name=^web$ --format "{{.Names}}"', expectExit: 0 },
      { command: 'docker ps -a --format "table {{.Names}}\\t{{.Image}}\\t{{.Status}}"', expectExit: 0 },
      { command: 'docker ps -a --format "{{.Names}}: {{.Command}} {{.State}}"', expectExit: 0 },
      { command: 'docker ps --format "{{json .Names}}"', expectExit: 0 },
      { command: 'docker ps -a -n 1 --format "{{.Names}}"', expectExit: 0 },
    ],
  },
  {
    id: 'logs-tail-and-timestamps',
    title: 'logs --tail N garde les dernières lignes ; -t les horodate ; stdout et stderr',
    teaches: 'observabilite/collecte-logs',
    images: [ALPINE],
    steps: [
      {
        command: `docker run -d --name compteur ${ALPINE} sh -c 'for i in 1 2 3 4 5; do echo "ligne $i"; done; echo "erreur" >&2; sleep 600'`,
        expectExit: 0,
      },
      { command: 'docker logs compteur', waitMs: 1000, expectExit: 0 },
      { command: 'docker logs --tail 2 compteur', expectExit: 0 },
      { command: 'docker logs -t --tail 1 compteur', expectExit: 0 },
      { command: 'docker logs compteur 2>/dev/null | wc -l', expectExit: 0 },
      { command: 'docker logs nope', expectExit: 1 },
    ],
  },
  {
    id: 'inspect-formats',
    title: 'inspect -f : variables, IP, redémarrages, état, image',
    teaches: 'observabilite/observer-conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name box -e COULEUR=bleu -w /tmp ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker inspect -f "{{json .Config.Env}}" box', expectExit: 0 },
      { command: 'docker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" box', expectExit: 0 },
      {
        command: 'docker inspect -f "{{.RestartCount}} {{.State.Running}} {{.State.Pid | printf \\"%T\\"}}" box',
        expectExit: 0,
      },
      {
        command: 'docker inspect -f "{{.Config.Image}} {{.Config.WorkingDir}} {{json .Config.Cmd}} {{.Name}}" box',
        expectExit: 0,
      },
      { command: 'docker inspect --format "{{.State.Status}}" box nope', expectExit: 1 },
      { command: 'docker inspect -f "{{.Config.Nope}}" box', expectExit: 1 },
      { command: 'docker container inspect box | head -n 3', expectExit: 0 },
    ],
  },
  {
    id: 'images-tag-rmi-history',
    title: 'images, tag, rmi (image utilisée), rmi -f, history',
    teaches: 'conteneurisation/images-registre',
    exactImages: true,
    images: [NGINX, ALPINE],
    steps: [
      { command: 'docker images', expectExit: 0 },
      { command: `docker tag ${NGINX} monsite:v1`, expectExit: 0 },
      { command: 'docker image ls', expectExit: 0 },
      { command: 'docker rmi monsite:v1', expectExit: 0 },
      { command: `docker run -d --name web ${NGINX}`, expectExit: 0 },
      { command: `docker rmi ${NGINX}`, expectExit: 1 },
      {
        command: `docker history ${ALPINE}`,
        expectExit: 0,
        compare: 'exit-only',
        note: 'Les couches listées sont celles de l’image de remplacement (busybox), pas celles de la vraie alpine ; la forme du tableau (IMAGE, CREATED, CREATED BY, SIZE, COMMENT, <missing> sous la couche du haut) vient du moteur.',
      },
      {
        command: `docker image inspect -f "{{json .Config.Cmd}} {{json .Config.Entrypoint}} {{json .Config.ExposedPorts}}" ${NGINX}`,
        expectExit: 0,
      },
      { command: `docker rmi -f ${NGINX}`, expectExit: 0 },
      { command: 'docker images', expectExit: 0 },
      { command: 'docker ps --format "{{.Names}} {{.Image}}"', expectExit: 0 },
    ],
  },
  {
    id: 'image-prune',
    title: 'image prune retire les images pendantes ; rmi d’une image absente',
    teaches: 'conteneurisation/images-registre',
    exactImages: true,
    images: [ALPINE],
    steps: [
      { command: `docker tag ${ALPINE} essai:1 && docker rmi ${ALPINE}`, expectExit: 0 },
      { command: 'docker images', expectExit: 0 },
      { command: 'docker image prune -f', expectExit: 0 },
      { command: 'docker rmi nope:1', expectExit: 1 },
      { command: 'docker image prune -a -f', expectExit: 0 },
      { command: 'docker images', expectExit: 0 },
    ],
  },
  {
    id: 'system-df-and-prune',
    title: 'system df, container prune et system prune font le ménage',
    teaches: 'observabilite/docker-stats',
    exactImages: true,
    images: [ALPINE, 'redis:7.4-alpine'],
    steps: [
      { command: `docker run -d --name actif ${ALPINE} sleep 600`, expectExit: 0 },
      { command: `docker run --name fini ${ALPINE} true`, expectExit: 0 },
      { command: 'docker run -d --name cache redis:7.4-alpine && docker rm -f cache', expectExit: 0 },
      { command: 'docker network create inutile', expectExit: 0 },
      { command: 'docker system df', expectExit: 0 },
      { command: 'docker container prune -f', expectExit: 0 },
      { command: 'docker system prune -f', expectExit: 0 },
      { command: 'docker ps -a --format "{{.Names}}"', expectExit: 0 },
      { command: 'docker network ls --format "{{.Name}}"', expectExit: 0 },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'events-bounded',
    title: 'docker events entre deux instants : create, attach, start, die, destroy',
    teaches: 'observabilite/observer-conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run --rm --name ephemere ${ALPINE} true`, expectExit: 0 },
      {
        command:
          'docker events --since 30s --until 0s --filter type=container --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"',
        waitMs: 1000,
        expectExit: 0,
      },
      {
        command: 'docker events --since 30s --until 0s --filter type=network --format "{{.Type}} {{.Action}}"',
        expectExit: 0,
      },
    ],
  },
  {
    id: 'version-and-info',
    title: 'version et info décrivent le client et le démon',
    teaches: 'conteneurisation/conteneurs',
    exactImages: true,
    images: [],
    notes: 'Les versions dépendent de la machine : seuls les codes de sortie et la forme comptent.',
    steps: [
      {
        command: 'docker version',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Client 28.2.2, démon 20.10.24 : le simulateur affiche les versions d’un Engine actuel.',
      },
      { command: 'docker info --format "{{.Containers}} {{.Images}}"', expectExit: 0 },
      {
        command: 'docker info',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Dépend de la machine (noyau, mémoire, pilotes).',
      },
    ],
  },
  {
    id: 'cli-unknown-flag-and-command',
    title: 'Une option ou une commande inconnue : message du client, usage, code 125 ou 1',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run --foo ${ALPINE}`, expectExit: 125 },
      { command: 'docker ps --foo', expectExit: 125 },
      { command: 'docker foo', expectExit: 1 },
      { command: 'docker run', expectExit: 125 },
      { command: 'docker stop', expectExit: 1 },
    ],
  },
  {
    id: 'no-such-container',
    title: 'Un conteneur qui n’existe pas : message et code de chaque commande',
    teaches: 'conteneurisation/conteneurs',
    images: [],
    steps: [
      { command: 'docker stop nope', expectExit: 1 },
      { command: 'docker rm nope', expectExit: 1 },
      { command: 'docker start nope', expectExit: 1 },
      { command: 'docker exec nope ls', expectExit: 1 },
      { command: 'docker inspect nope', expectExit: 1 },
      { command: 'docker port nope', expectExit: 1 },
    ],
  },
  {
    id: 'pull-missing-image',
    title: 'Une image absente : docker run tente un pull, qui échoue',
    teaches: 'conteneurisation/images-registre',
    exactImages: true,
    images: [],
    notes:
      "Aucun registre n'est joignable sur la machine d'enregistrement : le démon échoue dès la résolution de registry-1.docker.io. `modern` donne ce qu'un Engine actuel, relié au Docker Hub, répond.",
    steps: [
      {
        command: 'docker run nosuchimage',
        expectExit: 125,
        modern: {
          stderr: PULL_DENIED('nosuchimage:latest'),
          why: "Enregistré hors ligne. Relié au Docker Hub, un Engine actuel (magasin d'images classique) reçoit un refus du registre pour un dépôt inexistant : « pull access denied for …, repository does not exist or may require 'docker login' » (documentation Docker, « docker image pull »).",
        },
      },
      {
        command: 'docker pull nginx:9.9',
        expectExit: 1,
        modern: {
          stdout: '',
          stderr: 'Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown\n',
          why: 'Enregistré hors ligne. Relié au Docker Hub, un Engine actuel répond « manifest unknown » pour une étiquette inexistante d’un dépôt qui existe.',
        },
      },
      { command: 'docker images -q | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'run-interactive-stdin',
    title: 'run -i lit l’entrée standard : les commandes tapées s’exécutent dans le conteneur',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    notes: "Sans terminal (l'enregistreur n'en a pas), -t est omis ; -i suffit pour que le shell lise les commandes.",
    steps: [
      {
        command: `printf 'echo dedans\\nhostname | wc -c\\nexit 4\\n' | docker run -i --rm ${ALPINE} sh`,
        expectExit: 4,
      },
      {
        command: `docker run -it --rm ${ALPINE} true`,
        expectExit: 1,
        note: 'Sans terminal côté client, -t est refusé : « the input device is not a TTY ».',
      },
    ],
  },
  {
    id: 'env-workdir-user',
    title: 'Variables (-e), dossier de travail (-w) et utilisateur (-u) au lancement',
    teaches: 'conteneurisation/dockerfile',
    images: [ALPINE, 'postgres:17'],
    steps: [
      { command: `docker run --rm -e COULEUR=bleu -e VIDE= ${ALPINE} sh -c 'echo "$COULEUR [$VIDE]"'`, expectExit: 0 },
      { command: `docker run --rm -w /srv ${ALPINE} pwd`, expectExit: 0 },
      { command: `docker run --rm -u 1000:1000 ${ALPINE} id`, expectExit: 0 },
      { command: `docker run --rm --env-file nope.env ${ALPINE} true`, expectExit: 125 },
      { command: 'docker image inspect -f "{{json .Config.Env}}" postgres:17', expectExit: 0 },
      {
        command:
          'docker image inspect -f "{{json .Config.Volumes}} {{.Config.StopSignal}} {{json .Config.Entrypoint}}" postgres:17',
        expectExit: 0,
      },
    ],
  },
  {
    id: 'restart-command',
    title: 'restart arrête puis relance le même conteneur (même ID, mêmes données)',
    teaches: 'conteneurisation/conteneurs',
    images: [ALPINE],
    steps: [
      { command: `docker run -d --name box ${ALPINE} sh -c 'date +%s%N >> /tmp/starts; sleep 600'`, expectExit: 0 },
      { command: 'docker restart -t 1 box', expectExit: 0 },
      { command: 'docker exec box wc -l /tmp/starts', expectExit: 0 },
      { command: 'docker ps --format "{{.Names}} {{.Status}}"', expectExit: 0 },
    ],
  },
  {
    id: 'management-commands',
    title: 'Les formes longues : docker container run, container ls, image ls, container rm',
    teaches: 'conteneurisation/conteneurs',
    exactImages: true,
    images: [ALPINE],
    steps: [
      { command: `docker container run -d --name box ${ALPINE} sleep 600`, expectExit: 0 },
      { command: 'docker container ls', expectExit: 0 },
      { command: 'docker image ls --format "{{.Repository}}:{{.Tag}}"', expectExit: 0 },
      { command: 'docker container stop -t 1 box', expectExit: 0 },
      { command: 'docker container rm box', expectExit: 0 },
      { command: 'docker container ls -a', expectExit: 0 },
    ],
  },
  {
    id: 'redis-ping',
    title: 'redis écoute sur 6379 : redis-cli ping répond PONG, par exec ou depuis un autre conteneur',
    teaches: 'conteneurisation/communication-dns',
    images: ['redis:7.4-alpine'],
    notes: 'redis-cli de remplacement : ne connaît que ping. La réponse PONG est celle de Redis.',
    steps: [
      { command: 'docker network create app', expectExit: 0 },
      { command: 'docker run -d --name cache --network app redis:7.4-alpine', expectExit: 0 },
      { command: 'docker exec cache redis-cli ping', waitMs: 1000, expectExit: 0 },
      { command: 'docker run --rm --network app redis:7.4-alpine redis-cli -h cache ping', expectExit: 0 },
      { command: 'docker inspect -f "{{.Config.WorkingDir}} {{json .Config.Cmd}}" cache', expectExit: 0 },
      { command: 'docker stop cache', expectExit: 0 },
      { command: 'docker inspect -f "{{.State.ExitCode}}" cache', expectExit: 0 },
    ],
  },

  {
    id: 'build-cache-and-edit',
    title: 'Construire deux fois (tout en cache), puis après une modification : ce qui se reconstruit',
    teaches: 'conteneurisation/couches-stockage',
    exactImages: true,
    images: [ALPINE],
    hostFiles: BUILD_APP,
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      {
        command: 'docker build -t app:1 .',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Sans le composant buildx (absent des paquets Debian de la machine), le client 28 se rabat sur le constructeur historique et l’annonce (« Install the buildx component to build images with BuildKit »). Avec les paquets de Docker, qui livrent buildx, il construit avec BuildKit : le moteur simulé suit cet affichage, seul le code de sortie est comparé.',
      },
      { command: 'DOCKER_BUILDKIT=0 docker build -t app:1 .', expectExit: 0 },
      {
        command: 'DOCKER_BUILDKIT=0 docker build -t app:1 .',
        expectExit: 0,
        note: 'Deuxième construction sans changement : chaque étape « Using cache ».',
      },
      {
        command: 'echo \'echo "version 2"\' >> app.sh && DOCKER_BUILDKIT=0 docker build -t app:2 .',
        expectExit: 0,
        note: 'app.sh a changé : le cache sert jusqu’à COPY requirements.txt et RUN compris ; COPY . . et la suite se refont.',
      },
      { command: 'docker run --rm app:2', expectExit: 0 },
      { command: 'docker images --format "{{.Repository}}:{{.Tag}}"', expectExit: 0 },
    ],
  },
  {
    id: 'build-dockerignore',
    title: '.dockerignore écarte des fichiers du contexte : ils n’arrivent pas dans l’image',
    teaches: 'conteneurisation/bonnes-pratiques',
    images: [ALPINE],
    hostFiles: BUILD_APP,
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      {
        command: 'DOCKER_BUILDKIT=0 docker build -q -t app:1 . > /dev/null && docker run --rm app:1 ls -A /app',
        expectExit: 0,
      },
      {
        command:
          'rm .dockerignore && DOCKER_BUILDKIT=0 docker build -q -t app:2 . > /dev/null && docker run --rm app:2 ls -A /app',
        expectExit: 0,
      },
    ],
  },
  {
    id: 'build-multistage-target',
    title: 'Construction multi-étapes : --target s’arrête à une étape, COPY --from reprend un fichier',
    teaches: 'conteneurisation/bonnes-pratiques',
    images: [ALPINE, 'busybox:latest'],
    hostFiles: {
      Dockerfile:
        'FROM alpine:3.20 AS build\nWORKDIR /src\nCOPY app.sh .\nRUN printf \'#!/bin/sh\\n\' > run && cat app.sh >> run && chmod +x run\n\nFROM busybox:latest AS final\nCOPY --from=build /src/run /usr/local/bin/run\nCMD ["run"]\n',
      'app.sh': 'echo "bonjour depuis l’étape finale"\n',
    },
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      { command: 'DOCKER_BUILDKIT=0 docker build --target build -t app:build .', expectExit: 0 },
      { command: 'DOCKER_BUILDKIT=0 docker build -t app:final .', expectExit: 0 },
      { command: 'docker run --rm app:final', expectExit: 0 },
      { command: 'docker run --rm app:build ls /src', expectExit: 0 },
      { command: 'DOCKER_BUILDKIT=0 docker build --target nope -t app:x .', expectExit: 1 },
    ],
  },
  {
    id: 'build-arg-vs-env-history',
    title: 'ARG ne vit que pendant la construction, ENV reste dans l’image ; history montre les couches',
    teaches: 'conteneurisation/dockerfile',
    images: [ALPINE],
    hostFiles: {
      Dockerfile:
        'FROM alpine:3.20\nARG VERSION=1.0\nENV MODE=production\nRUN echo "version $VERSION en mode $MODE" > /build-info\nCMD ["sh", "-c", "echo VERSION=[$VERSION] MODE=[$MODE]; cat /build-info"]\n',
    },
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      { command: 'DOCKER_BUILDKIT=0 docker build --build-arg VERSION=2.0 -t app:2 .', expectExit: 0 },
      { command: 'docker run --rm app:2', expectExit: 0 },
      {
        command: 'docker history app:2',
        expectExit: 0,
        compareLines: 5,
        note: 'Les quatre premières lignes du tableau sont les couches construites par le Dockerfile : elles sont comparées. Les suivantes sont les couches de l’image de remplacement d’alpine (busybox), pas celles de la vraie alpine : elles ne le sont pas.',
      },
      {
        command: 'docker history --format "{{.Size}}\\t{{.CreatedBy}}" --no-trunc app:2',
        expectExit: 0,
        compareLines: 4,
        note: 'Les quatre premières lignes sont les couches construites par le Dockerfile : elles sont comparées. Les suivantes sont les couches de l’image de remplacement d’alpine (busybox), pas celles de la vraie alpine : elles ne le sont pas.',
      },
      { command: 'DOCKER_BUILDKIT=0 docker build --build-arg INCONNU=1 -t app:3 .', expectExit: 0 },
    ],
  },

  {
    id: 'compose-up-down-volume',
    title: 'Compose : up -d attend la santé de la base, down garde le volume nommé, down -v le supprime',
    teaches: 'conteneurisation/docker-compose',
    images: [NGINX, 'postgres:17'],
    hostFiles: {
      'compose.yaml':
        'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: secret\n    volumes:\n      - data:/var/lib/postgresql/data\n    healthcheck:\n      test: ["CMD", "pg_isready", "-U", "postgres"]\n      interval: 1s\n      retries: 20\n  web:\n    image: nginx:1.27-alpine\n    ports:\n      - "8080:80"\n    depends_on:\n      db:\n        condition: service_healthy\nvolumes:\n  data:\n',
    },
    notes: COMPOSE_NOTE,
    sources: [POSTGRES_SOURCE],
    steps: [
      {
        command: 'docker-compose up -d',
        expectExit: 0,
        compare: 'exit-only',
        timeoutMs: 120_000,
        note: COMPOSE_OUTPUT_NOTE,
      },
      { command: `docker ps --format '{{.Label "com.docker.compose.service"}} {{.Status}}' | sort`, expectExit: 0 },
      {
        command: `docker inspect -f '{{.State.Health.Status}}' $(docker ps -q --filter label=com.docker.compose.service=db)`,
        expectExit: 0,
      },
      { command: 'docker network ls --format "{{.Name}}" --filter name=lab', expectExit: 0 },
      { command: 'docker volume ls --format "{{.Name}}"', expectExit: 0 },
      { command: 'docker-compose ps', expectExit: 0, compare: 'exit-only', note: COMPOSE_OUTPUT_NOTE },
      { command: 'docker-compose logs db', expectExit: 0, compare: 'exit-only', note: COMPOSE_OUTPUT_NOTE },
      { command: 'docker-compose down', expectExit: 0, compare: 'exit-only', note: COMPOSE_OUTPUT_NOTE },
      { command: 'docker ps -a -q | wc -l', expectExit: 0 },
      { command: 'docker volume ls --format "{{.Name}}"', expectExit: 0 },
      { command: 'docker network ls --format "{{.Name}}" --filter name=lab', expectExit: 0 },
      {
        command: 'docker-compose up -d',
        expectExit: 0,
        compare: 'exit-only',
        timeoutMs: 120_000,
        note: COMPOSE_OUTPUT_NOTE,
      },
      {
        command:
          'docker logs $(docker ps -q --filter label=com.docker.compose.service=db) 2>&1 | grep -c "Skipping initialization"',
        expectExit: 0,
        note: 'La base retrouve ses données dans le volume : pas de nouvelle initialisation (message de l’entrypoint de postgres).',
      },
      { command: 'docker-compose down -v', expectExit: 0, compare: 'exit-only', note: COMPOSE_OUTPUT_NOTE },
      { command: 'docker volume ls -q | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'build-no-cache',
    title: 'docker build --no-cache refait chaque étape, même sans changement',
    teaches: 'conteneurisation/couches-stockage',
    images: [ALPINE],
    hostFiles: BUILD_APP,
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      { command: 'DOCKER_BUILDKIT=0 docker build -t app:1 .', expectExit: 0 },
      {
        command: 'DOCKER_BUILDKIT=0 docker build --no-cache -t app:1 .',
        expectExit: 0,
        note: 'Avec --no-cache, aucune étape ne reprend le cache : chacune se refait.',
      },
      { command: 'DOCKER_BUILDKIT=0 docker build -t app:1 . | grep -c "Using cache"', expectExit: 0 },
    ],
  },
  {
    id: 'build-run-fails',
    title: 'Une instruction RUN qui échoue arrête la construction avec son code',
    teaches: 'conteneurisation/dockerfile',
    images: [ALPINE],
    hostFiles: {
      Dockerfile: 'FROM alpine:3.20\nWORKDIR /app\nRUN apt-get update\nCMD ["sh"]\n',
      'Dockerfile.exit': 'FROM alpine:3.20\nRUN echo avant && exit 3\n',
    },
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      {
        command: 'DOCKER_BUILDKIT=0 docker build -t app:1 .',
        expectExit: 127,
        note: 'apt-get n’existe pas dans une image alpine : le shell répond « not found » et le code 127 arrête la construction.',
      },
      { command: 'DOCKER_BUILDKIT=0 docker build -f Dockerfile.exit -t app:2 .', expectExit: 3 },
      { command: 'docker images -q app | wc -l', expectExit: 0 },
    ],
  },
  {
    id: 'build-errors',
    title: 'Erreurs de construction : Dockerfile absent, instruction inconnue, COPY d’un fichier absent',
    teaches: 'conteneurisation/dockerfile',
    images: [ALPINE],
    hostFiles: {
      'Dockerfile.typo': 'FROM alpine:3.20\nRUNN echo bonjour\n',
      'Dockerfile.copy': 'FROM alpine:3.20\nCOPY absent.txt /app/\n',
      'app.sh': 'echo bonjour\n',
    },
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      { command: 'DOCKER_BUILDKIT=0 docker build -t app:1 .', expectExit: 1 },
      { command: 'DOCKER_BUILDKIT=0 docker build -f Dockerfile.typo -t app:1 .', expectExit: 1 },
      { command: 'DOCKER_BUILDKIT=0 docker build -f Dockerfile.copy -t app:1 .', expectExit: 1 },
    ],
  },
  {
    id: 'build-entrypoint-resets-cmd',
    title: 'ENTRYPOINT remet à vide le CMD hérité de l’image de base, pas celui du Dockerfile',
    teaches: 'conteneurisation/dockerfile',
    images: [ALPINE],
    hostFiles: {
      Dockerfile: 'FROM alpine:3.20\nENTRYPOINT ["echo", "bonjour"]\n',
      'Dockerfile.cmd': 'FROM alpine:3.20\nCMD ["le monde"]\nENTRYPOINT ["echo", "bonjour"]\n',
      'Dockerfile.shell': 'FROM alpine:3.20\nENTRYPOINT echo bonjour\nCMD ["ignoré"]\n',
    },
    notes: LEGACY_BUILDER_NOTE,
    steps: [
      {
        command: 'DOCKER_BUILDKIT=0 docker build -q -t reset:1 . > /dev/null',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Seul l’identifiant est affiché.',
      },
      { command: 'docker inspect -f "{{json .Config.Entrypoint}} {{json .Config.Cmd}}" reset:1', expectExit: 0 },
      { command: 'docker run --rm reset:1', expectExit: 0 },
      { command: 'docker run --rm reset:1 à tous', expectExit: 0 },
      {
        command: 'DOCKER_BUILDKIT=0 docker build -q -f Dockerfile.cmd -t reset:2 . > /dev/null',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Seul l’identifiant est affiché.',
      },
      { command: 'docker inspect -f "{{json .Config.Entrypoint}} {{json .Config.Cmd}}" reset:2', expectExit: 0 },
      { command: 'docker run --rm reset:2', expectExit: 0 },
      {
        command: 'DOCKER_BUILDKIT=0 docker build -q -f Dockerfile.shell -t reset:3 . > /dev/null',
        expectExit: 0,
        compare: 'exit-only',
        note: 'Seul l’identifiant est affiché.',
      },
      { command: 'docker run --rm reset:3 ignoré', expectExit: 0 },
    ],
  },
  {
    id: 'compose-scale-dns',
    title: 'Compose : --scale crée plusieurs conteneurs d’un service, joignables par le nom du service',
    teaches: 'conteneurisation/docker-compose',
    images: [ALPINE],
    hostFiles: {
      'compose.yaml':
        'services:\n  worker:\n    image: alpine:3.20\n    command: ["sleep", "3600"]\n  client:\n    image: alpine:3.20\n    command: ["sleep", "3600"]\n    depends_on:\n      - worker\n',
    },
    notes: COMPOSE_NOTE,
    steps: [
      {
        command: 'docker-compose up -d --scale worker=3',
        expectExit: 0,
        compare: 'exit-only',
        timeoutMs: 120_000,
        note: COMPOSE_OUTPUT_NOTE,
      },
      { command: `docker ps --format '{{.Label "com.docker.compose.service"}}' | sort`, expectExit: 0 },
      {
        command: `docker ps --filter label=com.docker.compose.service=worker --format '{{.Label "com.docker.compose.container-number"}}' | sort`,
        expectExit: 0,
      },
      {
        command: `docker exec $(docker ps -q --filter label=com.docker.compose.service=client) nslookup worker | grep -c '^Address: 172'`,
        expectExit: 0,
        note: 'Le nom du service répond par l’adresse de chacun de ses trois conteneurs.',
      },
      { command: 'docker-compose down', expectExit: 0, compare: 'exit-only', note: COMPOSE_OUTPUT_NOTE },
      { command: 'docker ps -a -q | wc -l', expectExit: 0 },
    ],
  },
];

export { PULL_DENIED, POSTGRES_SOURCE };
