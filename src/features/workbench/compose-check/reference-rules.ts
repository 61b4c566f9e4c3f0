/**
 * What the schema cannot check, because it needs two places of the file at once: a named volume or a network
 * used by a service but not declared at the top level, a `depends_on` naming no service (or the service itself),
 * waiting for `service_healthy` on a service with no healthcheck, and one host port published twice; and the
 * obsolete `version` key, which the schema still accepts and Docker Compose warns about.
 */
import type { Finding } from '../finding';
import { lessons } from '../lessons';
import type { ComposeContext } from './check-compose';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkReferences(context: ComposeContext, data: unknown): Finding[] {
  if (!isObject(data)) return [];
  const findings: Finding[] = [];
  if ('version' in data) {
    findings.push(
      context.findingAt(
        ['version'],
        'key',
        'ObsoleteVersion',
        'warning',
        'La clé `version` est obsolète\u00a0: Docker Compose suit une spécification unique, ignore cette clé et affiche un avertissement à chaque commande. Retirez-la.',
        lessons.composeIntro,
      ),
    );
  }
  if (!isObject(data.services)) return findings;
  const services = data.services;
  const volumes = isObject(data.volumes) ? Object.keys(data.volumes) : [];
  const networks = isObject(data.networks) ? Object.keys(data.networks) : [];
  for (const [name, service] of Object.entries(services)) {
    if (!isObject(service)) continue;
    findings.push(
      ...checkVolumes(context, name, service, volumes),
      ...checkNetworks(context, name, service, networks),
      ...checkDependencies(context, name, service, services),
    );
  }
  findings.push(...checkPorts(context, services));
  return findings;
}

/** The named volume a short-syntax mount uses (`donnees:/var/lib/data`), or null for a bind mount or an anonymous volume. */
export function namedVolumeOf(mount: string): string | null {
  const [source, ...rest] = mount.split(':');
  if (rest.length === 0 || !source) return null;
  // `C:\data:/data` is a Windows path: a one-letter drive followed by two more parts.
  if (/^[./~$]/.test(source) || source.includes('/') || (/^[A-Za-z]$/.test(source) && rest.length >= 2)) return null;
  return source;
}

function checkVolumes(context: ComposeContext, name: string, service: Json, declared: string[]): Finding[] {
  if (!Array.isArray(service.volumes)) return [];
  const findings: Finding[] = [];
  service.volumes.forEach((mount: unknown, index) => {
    let volume: string | null = null;
    let path = ['services', name, 'volumes', String(index)];
    if (typeof mount === 'string') volume = namedVolumeOf(mount);
    else if (
      isObject(mount) &&
      (mount.type === 'volume' || mount.type === undefined) &&
      typeof mount.source === 'string'
    ) {
      volume = mount.source.includes('$') ? null : mount.source;
      path = [...path, 'source'];
    }
    if (!volume || volume.includes('$') || declared.includes(volume)) return;
    findings.push(
      context.findingAt(
        path,
        'value',
        'UndeclaredVolume',
        'error',
        `Le volume nommé «\u00a0${volume}\u00a0» n’est pas déclaré\u00a0: ajoutez-le sous la clé \`volumes:\` de premier niveau, sinon \`docker compose up\` refuse de démarrer. Pour monter un dossier de l’hôte, écrivez un chemin (\`./${volume}\`).`,
        lessons.namedVolumes,
      ),
    );
  });
  return findings;
}

function checkNetworks(context: ComposeContext, name: string, service: Json, declared: string[]): Finding[] {
  const used = Array.isArray(service.networks)
    ? (service.networks as unknown[]).map((network, index) => ({
        network,
        path: ['services', name, 'networks', String(index)],
        at: 'value' as const,
      }))
    : isObject(service.networks)
      ? Object.keys(service.networks).map((network) => ({
          network,
          path: ['services', name, 'networks', network],
          at: 'key' as const,
        }))
      : [];
  return used
    .filter(
      ({ network }) =>
        typeof network === 'string' && network !== 'default' && !network.includes('$') && !declared.includes(network),
    )
    .map(({ network, path, at }) =>
      context.findingAt(
        path,
        at,
        'UndeclaredNetwork',
        'error',
        `Le réseau «\u00a0${String(network)}\u00a0» n’est pas déclaré\u00a0: ajoutez-le sous la clé \`networks:\` de premier niveau, ou retirez cette ligne pour laisser le service sur le réseau par défaut du projet.`,
        lessons.composeNetwork,
      ),
    );
}

function checkDependencies(context: ComposeContext, name: string, service: Json, services: Json): Finding[] {
  const dependsOn = service.depends_on;
  const entries = Array.isArray(dependsOn)
    ? (dependsOn as unknown[]).map((target, index) => ({
        target,
        condition: undefined,
        path: ['services', name, 'depends_on', String(index)],
        at: 'value' as const,
      }))
    : isObject(dependsOn)
      ? Object.entries(dependsOn).map(([target, options]) => ({
          target,
          condition: isObject(options) ? options.condition : undefined,
          path: ['services', name, 'depends_on', target],
          at: 'key' as const,
        }))
      : [];
  const findings: Finding[] = [];
  for (const { target, condition, path, at } of entries) {
    if (typeof target !== 'string') continue;
    if (target === name) {
      findings.push(
        context.findingAt(
          path,
          at,
          'SelfDependency',
          'error',
          `Le service «\u00a0${name}\u00a0» dépend de lui-même\u00a0: il ne pourrait jamais démarrer. Retirez cette dépendance.`,
          lessons.composeHealthy,
        ),
      );
      continue;
    }
    const other = services[target];
    if (other === undefined) {
      findings.push(
        context.findingAt(
          path,
          at,
          'UnknownDependency',
          'error',
          `Aucun service ne s’appelle «\u00a0${target}\u00a0»\u00a0: \`depends_on\` nomme un service de ce fichier (${Object.keys(
            services,
          )
            .map((service) => `«\u00a0${service}\u00a0»`)
            .join(', ')}).`,
          lessons.composeHealthy,
        ),
      );
      continue;
    }
    if (condition === 'service_healthy' && isObject(other)) {
      const healthcheck = other.healthcheck;
      const disabled =
        isObject(healthcheck) &&
        (healthcheck.disable === true || (Array.isArray(healthcheck.test) && healthcheck.test[0] === 'NONE'));
      if (healthcheck === undefined || disabled) {
        findings.push(
          context.findingAt(
            [...path, 'condition'],
            'value',
            'HealthcheckMissing',
            disabled ? 'error' : 'warning',
            disabled
              ? `Le service «\u00a0${target}\u00a0» désactive son healthcheck\u00a0: il ne sera jamais «\u00a0healthy\u00a0», et «\u00a0${name}\u00a0» ne démarrera pas.`
              : `Le service «\u00a0${target}\u00a0» n’a pas de \`healthcheck\` dans ce fichier\u00a0: si son image n’en déclare pas, «\u00a0${name}\u00a0» ne démarrera jamais. Ajoutez un \`healthcheck\` à «\u00a0${target}\u00a0».`,
            lessons.composeHealthy,
          ),
        );
      }
    }
  }
  return findings;
}

interface Published {
  service: string;
  ip: string;
  port: number;
  protocol: string;
  path: string[];
}

/** The host ports a `ports` entry publishes, or null when it publishes none on a fixed port (or cannot be read). */
export function hostPortsOf(entry: unknown): { ip: string; ports: number[]; protocol: string } | null {
  if (typeof entry === 'number') return null;
  if (isObject(entry)) {
    const published = entry.published;
    if (published === undefined || (typeof published !== 'string' && typeof published !== 'number')) return null;
    const ports = portRange(String(published));
    return ports
      ? {
          ip: typeof entry.host_ip === 'string' ? entry.host_ip : '',
          ports,
          protocol: typeof entry.protocol === 'string' ? entry.protocol : 'tcp',
        }
      : null;
  }
  if (typeof entry !== 'string' || entry.includes('$')) return null;
  const [mapping = '', protocol = 'tcp'] = entry.split('/');
  let ip = '';
  let rest = mapping;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(mapping);
  if (bracketed) {
    ip = bracketed[1]!;
    rest = bracketed[2]!;
  }
  const parts = rest.split(':');
  if (parts.length === 1) return null;
  if (parts.length === 3) ip = parts[0]!;
  else if (parts.length !== 2) return null;
  const host = parts.length === 3 ? parts[1]! : parts[0]!;
  if (host === '') return null;
  const ports = portRange(host);
  return ports ? { ip, ports, protocol } : null;
}

function portRange(text: string): number[] | null {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first || last - first > 1000) return null;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

const anyAddress = new Set(['', '0.0.0.0', '::', '[::]']);

function checkPorts(context: ComposeContext, services: Json): Finding[] {
  const findings: Finding[] = [];
  const seen: Published[] = [];
  for (const [service, definition] of Object.entries(services)) {
    if (!isObject(definition) || !Array.isArray(definition.ports)) continue;
    definition.ports.forEach((entry: unknown, index) => {
      const published = hostPortsOf(entry);
      if (!published) return;
      const path = ['services', service, 'ports', String(index)];
      const reported = new Set<string>();
      for (const port of published.ports) {
        const clash = seen.find(
          (other) =>
            other.port === port &&
            other.protocol === published.protocol &&
            (other.ip === published.ip || anyAddress.has(other.ip) || anyAddress.has(published.ip)),
        );
        if (clash && !reported.has(clash.service)) {
          reported.add(clash.service);
          findings.push(
            context.findingAt(
              path,
              'value',
              'DuplicateHostPort',
              'error',
              `Le port ${port}/${published.protocol} de l’hôte est déjà publié par ${clash.service === service ? 'ce même service' : `le service «\u00a0${clash.service}\u00a0»`}\u00a0: deux conteneurs ne peuvent pas écouter sur le même port de l’hôte, le second ne démarrera pas. Choisissez un autre port côté hôte (la partie avant «\u00a0:\u00a0»).`,
              lessons.publishPort,
            ),
          );
        }
      }
      for (const port of published.ports)
        seen.push({ service, ip: published.ip, port, protocol: published.protocol, path });
    });
  }
  return findings;
}
