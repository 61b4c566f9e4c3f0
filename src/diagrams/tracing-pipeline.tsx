import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'Le trajet d’une trace, de l’application à l’écran. À gauche, l’application notes (Node.js) est instrumentée par ' +
  'le SDK OpenTelemetry, qui crée un span pour chaque étape d’une requête. Le SDK envoie ces spans en OTLP sur HTTP, ' +
  'port 4318, au Collector OpenTelemetry. Dans le Collector, un pipeline traces enchaîne des récepteurs (receivers, ' +
  'ici otlp), des processeurs facultatifs et des exportateurs (exporters, ici otlp_grpc). L’exportateur transmet les ' +
  'spans en OTLP sur gRPC, port 4317, à Jaeger, qui les stocke et les affiche dans son interface web sur le port 16686. ' +
  'Une flèche en pointillés montre que le même Collector pourrait exporter vers un autre backend, comme Grafana Tempo, ' +
  'sans changer l’application. En bas, une trace telle que Jaeger la dessine : la requête GET /notes dure 42 ms ; ' +
  'dedans, le middleware Express prend 2 ms, la requête SQL pg.query SELECT 18 ms, et la mise en forme de la ' +
  'réponse 3 ms. Tous ces spans partagent le même identifiant de trace.';

const spans = [
  { name: 'GET /notes', start: 0, duration: 42, tone: 'accent' as const },
  { name: 'middleware express', start: 1, duration: 2, tone: 'plain' as const },
  { name: 'pg.query SELECT', start: 6, duration: 18, tone: 'accent' as const },
  { name: 'réponse JSON', start: 36, duration: 3, tone: 'plain' as const },
];

// Waterfall scale: 42 ms drawn over 270 px.
const BAR_X = 214;
const MS = 270 / 42;

export default function TracingPipeline() {
  return (
    <DiagramFrame
      title="Une trace, de l’application à Jaeger avec OpenTelemetry"
      description={description}
      viewBox="0 0 760 392"
    >
      <Box
        x={12}
        y={36}
        w={176}
        h={132}
        tone="accent"
        tint
        lines={[
          'notes',
          { text: 'Node.js', size: 13, tone: 'muted' },
          { text: 'SDK OpenTelemetry', size: 13 },
          { text: 'un span par étape', size: 13, tone: 'muted' },
        ]}
      />

      <Arrow
        points={[
          [188, 102],
          [262, 102],
        ]}
        tone="accent"
        width={2.5}
      />
      <TextBlock
        cx={225}
        cy={78}
        firstBold={false}
        lines={[
          { text: 'OTLP/HTTP', size: 13, mono: true },
          { text: '4318', size: 13, mono: true },
        ]}
      />

      <Box x={264} y={12} w={228} h={180} fill="bg" tone="muted" strokeWidth={2} lines={[]}>
        <Label x={378} y={36} weight="bold">
          Collector OpenTelemetry
        </Label>
        <Label x={378} y={56} size={13} tone="muted">
          pipeline traces
        </Label>
      </Box>
      <Box x={282} y={68} w={192} h={32} lines={[{ text: 'receivers · otlp', size: 13 }]} />
      <Box x={282} y={110} w={192} h={32} dash="dashed" lines={[{ text: 'processors · facultatifs', size: 13 }]} />
      <Box x={282} y={152} w={192} h={32} lines={[{ text: 'exporters · otlp_grpc', size: 13 }]} />

      <Arrow
        points={[
          [492, 102],
          [572, 102],
        ]}
        tone="accent"
        width={2.5}
      />
      <TextBlock
        cx={532}
        cy={78}
        firstBold={false}
        lines={[
          { text: 'OTLP/gRPC', size: 13, mono: true },
          { text: '4317', size: 13, mono: true },
        ]}
      />

      <Box
        x={574}
        y={36}
        w={174}
        h={132}
        tone="accent"
        lines={[
          'Jaeger',
          { text: 'stocke les traces', size: 13 },
          { text: 'interface web', size: 13, tone: 'muted' },
          { text: 'port 16686', size: 13, mono: true, tone: 'muted' },
        ]}
      />

      <Arrow
        points={[
          [440, 192],
          [440, 214],
          [660, 214],
          [660, 258],
        ]}
        dash="dashed"
        tone="muted"
      />
      <Box
        x={574}
        y={260}
        w={174}
        h={72}
        fill="none"
        tone="muted"
        dash="dashed"
        lines={[
          'Grafana Tempo',
          { text: 'un autre backend', size: 13, tone: 'muted' },
          { text: 'même application', size: 13, tone: 'muted' },
        ]}
      />

      <Box x={12} y={236} w={540} h={148} fill="bg" tone="muted" lines={[]}>
        <Label x={26} y={258} size={13} weight="bold" anchor="start">
          Une trace dans Jaeger
        </Label>
        <Label x={538} y={258} size={13} mono tone="muted" anchor="end">
          trace 7c1e9a…
        </Label>
      </Box>
      {spans.map((span, index) => {
        const y = 272 + index * 27;
        const x = BAR_X + span.start * MS;
        const w = Math.max(span.duration * MS, 6);
        return (
          <g key={span.name}>
            <Label x={26 + (index === 0 ? 0 : 14)} y={y + 14} size={13} mono anchor="start">
              {span.name}
            </Label>
            <Box x={x} y={y} w={w} h={19} rx={3} tone={span.tone} tint lines={[]} />
            <Label x={x + w + 6} y={y + 14} size={13} anchor="start" tone="muted">
              {`${span.duration} ms`}
            </Label>
          </g>
        );
      })}
    </DiagramFrame>
  );
}
