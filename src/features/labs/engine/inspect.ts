/** The JSON of `docker inspect`, with the Engine's field names and order for the fields the course reads. */
import type { Container, Image, Network, Volume } from './model';
import type { Runtime } from './runtime';
import { rfc3339Nano } from './util';

const ZERO_TIME = '0001-01-01T00:00:00Z';

interface HealthReader {
  health(c: Container): 'none' | 'starting' | 'healthy' | 'unhealthy';
}

export function inspectContainer(rt: Runtime, c: Container, cli: HealthReader): Record<string, unknown> {
  const running = c.status === 'running' || c.status === 'paused' || c.status === 'restarting';
  const health = cli.health(c);
  const portsMap: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const exposed of c.exposed) portsMap[exposed] = null;
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    const list = portsMap[key] ?? [];
    list.push({ HostIp: p.hostIp, HostPort: String(p.hostPort) });
    if (p.hostIp === '0.0.0.0') list.push({ HostIp: '::', HostPort: String(p.hostPort) });
    portsMap[key] = list;
  }
  const networks: Record<string, unknown> = {};
  for (const request of c.networkRequests) {
    const endpoint = c.endpoints.find((e) => e.network === request.name);
    const network = rt.findNetwork(request.name);
    const value = {
      IPAMConfig: null,
      Links: null,
      Aliases:
        endpoint && !network?.builtin ? [...endpoint.aliases] : request.aliases.length ? [...request.aliases] : null,
      MacAddress: endpoint?.mac ?? '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: network?.id ?? '',
      EndpointID: endpoint?.endpointId ?? '',
      Gateway: endpoint && network?.gateway ? network.gateway : '',
      IPAddress: endpoint?.ip ?? '',
      IPPrefixLen: endpoint?.ip ? 16 : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: endpoint && !network?.builtin ? [c.name, c.id.slice(0, 12), ...endpoint.aliases] : null,
      __go: `0xc000${(rt.prng ? c.id : '').slice(0, 6)}`,
    };
    networks[request.name] = value;
  }
  const primary = c.endpoints[0];
  const bridgeEndpoint = c.endpoints.find((e) => e.network === 'bridge');
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: [...c.entrypoint, ...c.cmd][0] ?? '',
    Args: [...c.entrypoint, ...c.cmd].slice(1),
    State: {
      Status: c.status,
      Running: c.status === 'running' || c.status === 'paused',
      Paused: c.status === 'paused',
      Restarting: c.status === 'restarting',
      OOMKilled: c.oomKilled,
      Dead: c.status === 'dead',
      Pid: c.status === 'running' || c.status === 'paused' ? c.pidBase : 0,
      ExitCode: c.exitCode,
      Error: c.error,
      StartedAt: c.startedAt === null ? ZERO_TIME : rfc3339Nano(c.startedAt),
      FinishedAt: c.finishedAt === null ? ZERO_TIME : rfc3339Nano(c.finishedAt),
      ...(health !== 'none' || c.healthcheck
        ? {
            Health: {
              Status: health === 'none' ? 'unhealthy' : health,
              FailingStreak: health === 'unhealthy' ? (c.healthcheck?.retries ?? 3) : 0,
              Log: [],
            },
          }
        : {}),
    },
    Image: `sha256:${c.image.id}`,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: {
      Binds: c.mounts
        .filter((m) => m.type === 'bind' || (m.type === 'volume' && m.source.length !== 64))
        .map((m) => `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`),
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: c.networkMode,
      PortBindings: Object.fromEntries(
        c.portRequests.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: p.hostIp, HostPort: p.hostPort }]]),
      ),
      RestartPolicy: { Name: c.restartPolicy.name, MaximumRetryCount: c.restartPolicy.maximumRetryCount },
      AutoRemove: c.autoRemove,
      PublishAllPorts: c.publishAll,
      ReadonlyRootfs: c.readOnly,
      Memory: c.memoryLimit,
      NanoCpus: c.nanoCpus,
      PidsLimit: c.pidsLimit > 0 ? c.pidsLimit : null,
      MemorySwap: c.memoryLimit > 0 ? c.memoryLimit * 2 : 0,
    },
    Mounts: c.mounts.map((m) =>
      m.type === 'volume'
        ? {
            Type: 'volume',
            Name: m.source,
            Source: `/var/lib/docker/volumes/${m.source}/_data`,
            Destination: m.destination,
            Driver: 'local',
            Mode: m.readOnly ? 'ro' : 'z',
            RW: !m.readOnly,
            Propagation: '',
          }
        : m.type === 'bind'
          ? {
              Type: 'bind',
              Source: m.source,
              Destination: m.destination,
              Mode: m.readOnly ? 'ro' : '',
              RW: !m.readOnly,
              Propagation: 'rprivate',
            }
          : { Type: 'tmpfs', Source: '', Destination: m.destination, Mode: '', RW: true, Propagation: '' },
    ),
    Config: {
      Hostname: c.hostname,
      Domainname: '',
      User: c.user,
      AttachStdin: false,
      AttachStdout: !running,
      AttachStderr: !running,
      ExposedPorts: c.exposed.length ? Object.fromEntries(c.exposed.map((e) => [e, {}])) : undefined,
      Tty: c.tty,
      OpenStdin: c.openStdin,
      StdinOnce: false,
      Env: [...c.env],
      Cmd: c.cmd.length ? [...c.cmd] : null,
      ...(c.healthcheck
        ? {
            Healthcheck: {
              Test: c.healthcheck.test,
              Interval: c.healthcheck.intervalMs * 1e6,
              Timeout: c.healthcheck.timeoutMs * 1e6,
              Retries: c.healthcheck.retries,
            },
          }
        : {}),
      Image: c.imageRef,
      Volumes: c.image.spec.config.volumes.length
        ? Object.fromEntries(c.image.spec.config.volumes.map((v) => [v, {}]))
        : null,
      WorkingDir: c.workingDir,
      Entrypoint: c.entrypoint.length ? [...c.entrypoint] : null,
      OnBuild: null,
      Labels: { ...c.labels },
      ...(c.image.spec.config.stopSignal ? { StopSignal: c.image.spec.config.stopSignal } : {}),
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: running ? c.id.split('').reverse().join('') : '',
      SandboxKey: running ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
      Ports: running ? portsMap : {},
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: bridgeEndpoint?.endpointId ?? '',
      Gateway: bridgeEndpoint ? '172.17.0.1' : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: bridgeEndpoint?.ip ?? '',
      IPPrefixLen: bridgeEndpoint ? 16 : 0,
      IPv6Gateway: '',
      MacAddress: bridgeEndpoint?.mac ?? '',
      Networks: networks,
    },
    __primaryIp: primary?.ip ?? '',
  };
}

export function inspectImage(rt: Runtime, image: Image): Record<string, unknown> {
  const config = image.spec.config;
  return {
    Id: `sha256:${image.id}`,
    RepoTags: [...image.repoTags],
    RepoDigests: image.repoTags.map(
      (t) => `${t.slice(0, t.lastIndexOf(':'))}@sha256:${image.id.split('').reverse().join('')}`,
    ),
    Parent: '',
    Comment: 'buildkit.dockerfile.v0',
    Created: new Date(image.created).toISOString().replace('.000Z', 'Z'),
    DockerVersion: '',
    Author: '',
    Config: {
      Hostname: '',
      Domainname: '',
      User: config.user,
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(config.exposedPorts.length
        ? { ExposedPorts: Object.fromEntries(config.exposedPorts.map((p) => [p, {}])) }
        : {}),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: [...config.env],
      Cmd: config.cmd.length ? [...config.cmd] : null,
      ...(config.healthcheck
        ? {
            Healthcheck: {
              Test: config.healthcheck.test,
              Interval: config.healthcheck.intervalMs * 1e6,
              Timeout: config.healthcheck.timeoutMs * 1e6,
              Retries: config.healthcheck.retries,
            },
          }
        : {}),
      Image: '',
      Volumes: config.volumes.length ? Object.fromEntries(config.volumes.map((v) => [v, {}])) : null,
      WorkingDir: config.workingDir === '/' ? '' : config.workingDir,
      Entrypoint: config.entrypoint.length ? [...config.entrypoint] : null,
      OnBuild: null,
      Labels: null,
      ...(config.stopSignal ? { StopSignal: config.stopSignal } : {}),
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.size,
    GraphDriver: { Data: null, Name: 'overlay2' },
    RootFS: {
      Type: 'layers',
      Layers: image.spec.layers
        .filter(([size]) => size > 0)
        .map((_l, i) => `sha256:${image.id.slice(i * 3)}${image.id.slice(0, i * 3)}`),
    },
    Metadata: { LastTagTime: rt.startTime === image.pulledAt ? ZERO_TIME : rfc3339Nano(image.pulledAt) },
  };
}

export function inspectNetwork(rt: Runtime, n: Network): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const c of rt.containers) {
    const endpoint = c.endpoints.find((e) => e.network === n.name);
    if (!endpoint) continue;
    containers[c.id] = {
      Name: c.name,
      EndpointID: endpoint.endpointId,
      MacAddress: endpoint.mac,
      IPv4Address: endpoint.ip ? `${endpoint.ip}/16` : '',
      IPv6Address: '',
    };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: n.builtin ? null : {},
      Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.subnetGiven ? '' : n.gateway }] : [],
    },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options:
      n.name === 'bridge'
        ? {
            'com.docker.network.bridge.default_bridge': 'true',
            'com.docker.network.bridge.enable_icc': 'true',
            'com.docker.network.bridge.enable_ip_masquerade': 'true',
            'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
            'com.docker.network.bridge.name': 'docker0',
            'com.docker.network.driver.mtu': '1500',
          }
        : {},
    Labels: { ...n.labels },
  };
}

export function inspectVolume(_rt: Runtime, v: Volume): Record<string, unknown> {
  return {
    CreatedAt: new Date(v.created).toISOString().replace(/\.\d+Z$/, 'Z'),
    Driver: 'local',
    Labels: Object.keys(v.labels).length ? { ...v.labels } : null,
    Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
    Name: v.name,
    Options: null,
    Scope: 'local',
  };
}
