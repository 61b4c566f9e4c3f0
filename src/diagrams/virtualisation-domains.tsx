import type { ReactNode } from 'react';
import { DiagramFrame } from './diagram-frame';
import { Box, Label, TextBlock, svgPath } from './svg-kit';

const description =
  'Au centre, la virtualisation, reliée à ses quatre domaines, un par coin. En haut à gauche, les serveurs (icône : ' +
  'des serveurs empilés) : un serveur physique héberge plusieurs machines virtuelles isolées les unes des autres, ' +
  'par exemple avec VMware ESXi, KVM ou Hyper-V. En haut à droite, les applications (icône : une fenêtre) : ' +
  'l’application tourne dans un environnement isolé, sans être installée sur le poste, par exemple avec App-V ou ' +
  'Citrix Virtual Apps. En bas à gauche, le stockage (icône : un disque) : plusieurs disques ou baies sont ' +
  'regroupés en un espace logique unique, par exemple un SAN, vSAN ou Ceph. En bas à droite, le réseau (icône : ' +
  'des nœuds reliés) : des réseaux logiques isolés partagent le même réseau physique, par exemple avec des VLAN, ' +
  'VXLAN ou un SDN.';

const line = { fill: 'none', stroke: 'var(--c-fg)', strokeWidth: 1.75 } as const;

function ServerIcon({ x, y }: { x: number; y: number }) {
  return (
    <g>
      {[0, 12, 24].map((dy) => (
        <g key={dy}>
          <rect x={x} y={y + dy} width={36} height={10} rx={2} {...line} />
          <circle cx={x + 30} cy={y + dy + 5} r={1.8} fill="var(--c-accent)" />
        </g>
      ))}
    </g>
  );
}

function AppIcon({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={36} height={32} rx={3} {...line} />
      <line x1={x} x2={x + 36} y1={y + 8} y2={y + 8} {...line} />
      <rect x={x + 8} y={y + 14} width={20} height={12} rx={2} fill="var(--c-accent)" fillOpacity={0.5} stroke="none" />
    </g>
  );
}

function StorageIcon({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path d={svgPath('M', x, y + 5, 'V', y + 29, 'A', 18, 5, 0, 0, 0, x + 36, y + 29, 'V', y + 5)} {...line} />
      <ellipse cx={x + 18} cy={y + 5} rx={18} ry={5} {...line} />
      <path d={svgPath('M', x, y + 17, 'A', 18, 5, 0, 0, 0, x + 36, y + 17)} {...line} />
    </g>
  );
}

function NetworkIcon({ x, y }: { x: number; y: number }) {
  const nodes: [number, number][] = [
    [x + 18, y + 4],
    [x + 4, y + 28],
    [x + 32, y + 28],
  ];
  return (
    <g>
      <path d={svgPath('M', x + 18, y + 4, 'L', x + 4, y + 28, 'L', x + 32, y + 28, 'Z')} {...line} />
      {nodes.map(([cx, cy]) => (
        <circle key={cx} cx={cx} cy={cy} r={4.5} fill="var(--c-accent)" stroke="var(--c-fg)" strokeWidth={1.5} />
      ))}
    </g>
  );
}

interface Domain {
  title: string;
  lines: string[];
  example: string;
  icon: (x: number, y: number) => ReactNode;
  x: number;
  y: number;
}

const domains: Domain[] = [
  {
    title: 'Serveurs',
    lines: ['Un serveur physique héberge', 'plusieurs machines virtuelles', 'isolées les unes des autres.'],
    example: 'ex. : VMware ESXi, KVM, Hyper-V',
    icon: (x, y) => <ServerIcon x={x} y={y} />,
    x: 8,
    y: 8,
  },
  {
    title: 'Applications',
    lines: ['L’application tourne dans un', 'environnement isolé, sans être', 'installée sur le poste.'],
    example: 'ex. : App-V, Citrix Virtual Apps',
    icon: (x, y) => <AppIcon x={x} y={y} />,
    x: 452,
    y: 8,
  },
  {
    title: 'Stockage',
    lines: ['Plusieurs disques ou baies', 'sont regroupés en un espace', 'logique unique.'],
    example: 'ex. : SAN, vSAN, Ceph',
    icon: (x, y) => <StorageIcon x={x} y={y} />,
    x: 8,
    y: 200,
  },
  {
    title: 'Réseau',
    lines: ['Des réseaux logiques isolés', 'partagent le même réseau', 'physique.'],
    example: 'ex. : VLAN, VXLAN, SDN',
    icon: (x, y) => <NetworkIcon x={x} y={y} />,
    x: 452,
    y: 200,
  },
];

const CARD_WIDTH = 260;
const CARD_HEIGHT = 152;

export default function VirtualisationDomains() {
  return (
    <DiagramFrame title="Les quatre domaines de la virtualisation" description={description} viewBox="0 0 720 360">
      {domains.map((domain) => {
        const left = domain.x < 360;
        const top = domain.y < 180;
        const cornerX = left ? domain.x + CARD_WIDTH : domain.x;
        const cornerY = top ? domain.y + CARD_HEIGHT : domain.y;
        return (
          <line
            key={domain.title}
            x1={360 + (left ? -40 : 40)}
            y1={180 + (top ? -30 : 30)}
            x2={cornerX + (left ? -24 : 24)}
            y2={cornerY + (top ? -24 : 24)}
            stroke="var(--c-muted)"
            strokeWidth={2}
          />
        );
      })}
      {domains.map((domain) => (
        <Box key={domain.title} x={domain.x} y={domain.y} w={CARD_WIDTH} h={CARD_HEIGHT} tone="muted" lines={[]}>
          {domain.icon(domain.x + 16, domain.y + 14)}
          <Label x={domain.x + 66} y={domain.y + 37} size={16} weight="bold" anchor="start">
            {domain.title}
          </Label>
          <TextBlock
            cx={domain.x + 16}
            cy={domain.y + 86}
            anchor="start"
            firstBold={false}
            lines={domain.lines.map((text) => ({ text, size: 13 }))}
          />
          <Label x={domain.x + 16} y={domain.y + 138} size={13} tone="muted" anchor="start">
            {domain.example}
          </Label>
        </Box>
      ))}
      <ellipse cx={360} cy={180} rx={84} ry={46} fill="var(--c-surface)" stroke="var(--c-accent)" strokeWidth={2} />
      <ellipse cx={360} cy={180} rx={84} ry={46} fill="var(--c-accent)" fillOpacity={0.12} stroke="none" />
      <TextBlock
        cx={360}
        cy={180}
        lines={[
          { text: 'Virtualisation', size: 16, weight: 'bold' },
          { text: '4 domaines', size: 13, tone: 'muted' },
        ]}
      />
    </DiagramFrame>
  );
}
