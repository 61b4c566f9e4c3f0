import type { ReactNode } from 'react';
import { DiagramFrame } from './diagram-frame';
import { Box, Label, TextBlock, svgPath } from './svg-kit';

const description =
  'Un temple grec dont le fronton porte le mot « observabilité », posé sur trois piliers. Le pilier des logs ' +
  '(icône : une page de texte) : des messages horodatés émis par les applications, qui répondent à la question ' +
  '« que s’est-il passé ? » ; outils : docker logs, Filebeat. Le pilier des métriques (icône : une courbe) : des ' +
  'mesures chiffrées suivies dans le temps, qui répondent à « combien, à quel rythme ? » ; outils : Prometheus, ' +
  'cAdvisor. Le pilier des traces (icône : des barres décalées) : le parcours d’une requête à travers les services, ' +
  'qui répond à « où passe le temps ? » ; outils : OpenTelemetry, Jaeger. Le socle rappelle la définition : ' +
  'comprendre l’état interne d’un système à partir des données qu’il émet.';

const stroke = { stroke: 'var(--c-fg)', strokeWidth: 2, fill: 'none' } as const;

function LogsIcon({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g>
      <rect x={cx - 16} y={cy - 20} width={32} height={40} rx={3} {...stroke} />
      {[-10, -2, 6, 14].map((dy, index) => (
        <line key={dy} x1={cx - 10} x2={cx + (index % 2 ? 4 : 10)} y1={cy + dy} y2={cy + dy} {...stroke} />
      ))}
    </g>
  );
}

function MetricsIcon({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g>
      <path d={svgPath('M', cx - 22, cy - 20, 'V', cy + 18, 'H', cx + 24)} {...stroke} />
      <path
        d={svgPath(
          'M',
          cx - 18,
          cy + 10,
          'L',
          cx - 8,
          cy - 2,
          'L',
          cx + 2,
          cy + 6,
          'L',
          cx + 12,
          cy - 12,
          'L',
          cx + 22,
          cy - 6,
        )}
        {...stroke}
        stroke="var(--c-accent)"
        strokeWidth={2.5}
      />
    </g>
  );
}

function TracesIcon({ cx, cy }: { cx: number; cy: number }) {
  const spans: [number, number][] = [
    [-22, 44],
    [-14, 22],
    [-4, 16],
    [10, 14],
  ];
  return (
    <g>
      {spans.map(([start, length], index) => (
        <rect
          key={start}
          x={cx + start}
          y={cy - 20 + index * 10}
          width={length}
          height={7}
          rx={2}
          fill={index === 0 ? 'var(--c-accent)' : 'var(--c-surface)'}
          stroke={index === 0 ? 'var(--c-accent)' : 'var(--c-fg)'}
          strokeWidth={1.5}
        />
      ))}
    </g>
  );
}

const pillars: { name: string; lines: string[]; question: string; tools: string; icon: (cx: number) => ReactNode }[] = [
  {
    name: 'Logs',
    lines: ['messages horodatés', 'émis par les applications'],
    question: 'que s’est-il passé ?',
    tools: 'docker logs, Filebeat',
    icon: (cx) => <LogsIcon cx={cx} cy={136} />,
  },
  {
    name: 'Métriques',
    lines: ['mesures chiffrées', 'suivies dans le temps'],
    question: 'combien, à quel rythme ?',
    tools: 'Prometheus, cAdvisor',
    icon: (cx) => <MetricsIcon cx={cx} cy={136} />,
  },
  {
    name: 'Traces',
    lines: ['parcours d’une requête', 'à travers les services'],
    question: 'où passe le temps ?',
    tools: 'OpenTelemetry, Jaeger',
    icon: (cx) => <TracesIcon cx={cx} cy={136} />,
  },
];

export default function ObservabilityPillars() {
  return (
    <DiagramFrame
      title="Les trois piliers de l’observabilité : logs, métriques, traces"
      description={description}
      viewBox="0 0 720 372"
    >
      <polygon
        points="360,8 704,78 16,78"
        fill="var(--c-surface)"
        stroke="var(--c-accent)"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <polygon points="360,8 704,78 16,78" fill="var(--c-accent)" fillOpacity={0.12} stroke="none" />
      <Label x={360} y={64} size={20} weight="bold">
        Observabilité
      </Label>
      <rect x={28} y={78} width={664} height={16} fill="var(--c-surface)" stroke="var(--c-accent)" strokeWidth={2} />

      {pillars.map((pillar, index) => {
        const x = 40 + index * 222;
        const cx = x + 98;
        return (
          <Box key={pillar.name} x={x} y={102} w={196} h={204} rx={2} strokeWidth={2} tone="muted" lines={[]}>
            {pillar.icon(cx)}
            <Label x={cx} y={186} size={16} weight="bold">
              {pillar.name}
            </Label>
            <TextBlock
              cx={cx}
              cy={232}
              firstBold={false}
              lines={[
                ...pillar.lines.map((text) => ({ text, size: 13 })),
                { text: pillar.question, size: 13, weight: 'bold' as const },
              ]}
            />
            <Label x={cx} y={290} size={13} tone="muted">
              {pillar.tools}
            </Label>
          </Box>
        );
      })}

      <Box
        x={16}
        y={314}
        w={688}
        h={50}
        rx={2}
        tone="muted"
        tint
        strokeWidth={2}
        lines={[
          { text: 'Comprendre l’état interne d’un système', weight: 'bold' },
          { text: 'à partir des données qu’il émet', size: 13 },
        ]}
      />
    </DiagramFrame>
  );
}
