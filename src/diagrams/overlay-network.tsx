import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label } from './svg-kit';

const description =
  'Deux hôtes Docker, l’hôte 1 (eth0 : 192.168.1.11) et l’hôte 2 (eth0 : 192.168.1.12), sont reliés par le réseau ' +
  'physique, appelé underlay. Sur l’hôte 1 tournent les conteneurs web (10.0.1.2) et api (10.0.1.3) ; sur l’hôte 2, ' +
  'les conteneurs worker (10.0.1.4) et db (10.0.1.5). Tous les quatre sont branchés sur un même réseau overlay, ' +
  '« mon-overlay » (10.0.1.0/24), qui s’étend par-dessus les deux hôtes : web peut joindre db comme s’ils étaient ' +
  'sur la même machine. Sous ce réseau logique, un tunnel VXLAN traverse les deux hôtes : chaque trame du réseau ' +
  'overlay est encapsulée dans un paquet UDP (port 4789) qui circule entre les interfaces eth0 des hôtes sur le ' +
  'réseau physique, puis elle est décapsulée à l’arrivée.';

const containers = [
  { x: 24, name: 'web', ip: '10.0.1.2' },
  { x: 192, name: 'api', ip: '10.0.1.3' },
  { x: 384, name: 'worker', ip: '10.0.1.4' },
  { x: 552, name: 'db', ip: '10.0.1.5' },
] as const;

export default function OverlayNetwork() {
  return (
    <DiagramFrame title="Réseau overlay entre deux hôtes" description={description} viewBox="0 0 720 400">
      {[
        { x: 8, name: 'Hôte 1', ip: '192.168.1.11' },
        { x: 368, name: 'Hôte 2', ip: '192.168.1.12' },
      ].map((host) => (
        <Box key={host.name} x={host.x} y={8} w={344} h={320} fill="bg" tone="muted" lines={[]}>
          <Label x={host.x + 16} y={32} weight="bold" anchor="start">
            {host.name}
          </Label>
          <Box
            x={host.x + 72}
            y={278}
            w={200}
            h={36}
            tone="muted"
            tint
            lines={[{ text: `eth0 · ${host.ip}`, mono: true, size: 13 }]}
          />
        </Box>
      ))}

      {containers.map((container) => (
        <g key={container.name}>
          <Arrow
            points={[
              [container.x + 72, 96],
              [container.x + 72, 136],
            ]}
            head="none"
            width={2}
          />
          <Box
            x={container.x}
            y={44}
            w={144}
            h={52}
            tone="accent"
            lines={[container.name, { text: container.ip, size: 13, mono: true }]}
          />
        </g>
      ))}

      <Box
        x={20}
        y={136}
        w={680}
        h={44}
        tone="accent"
        tint
        dash="dashed"
        strokeWidth={2}
        lines={[{ text: 'réseau overlay « mon-overlay » · 10.0.1.0/24', weight: 'bold' }]}
      />

      {[180, 540].map((x) => (
        <g key={x}>
          <Arrow
            points={[
              [x, 180],
              [x, 204],
            ]}
            head="both"
          />
          <Arrow
            points={[
              [x, 250],
              [x, 276],
            ]}
            head="both"
          />
        </g>
      ))}
      <Box
        x={20}
        y={206}
        w={680}
        h={44}
        rx={22}
        tone="accent"
        strokeWidth={2.5}
        lines={['tunnel VXLAN', { text: 'trames de l’overlay encapsulées dans UDP (port 4789)', size: 13 }]}
      />

      {[180, 540].map((x) => (
        <Arrow
          key={x}
          points={[
            [x, 314],
            [x, 346],
          ]}
          head="none"
          width={2}
        />
      ))}
      <Box
        x={8}
        y={346}
        w={704}
        h={46}
        tone="muted"
        tint
        lines={['Réseau physique (underlay)', { text: '192.168.1.0/24', size: 13, mono: true }]}
      />
    </DiagramFrame>
  );
}
