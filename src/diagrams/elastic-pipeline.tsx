import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label } from './svg-kit';

const description =
  'Une chaîne de collecte de gauche à droite. Les Beats, de petits agents installés sur chaque hôte (Filebeat pour ' +
  'les logs, Metricbeat pour les métriques, mais aussi Packetbeat, Winlogbeat…), envoient leurs données à ' +
  'Logstash, une étape optionnelle (contour tireté) qui filtre, transforme et enrichit les événements. Logstash les ' +
  'transmet à Elasticsearch, qui les stocke, les indexe et permet de les rechercher par son API. Kibana, à droite, ' +
  'interroge Elasticsearch pour visualiser et explorer les données dans des tableaux de bord. Un second chemin, en ' +
  'tireté, contourne Logstash : les Beats peuvent envoyer directement leurs données à Elasticsearch.';

export default function ElasticPipeline() {
  return (
    <DiagramFrame
      title="La chaîne Elastic : Beats, Logstash, Elasticsearch et Kibana"
      description={description}
      viewBox="0 0 740 292"
    >
      <Box x={8} y={28} w={200} h={184} fill="bg" tone="accent" strokeWidth={2} lines={[]}>
        <Label x={108} y={54} size={16} weight="bold">
          Beats
        </Label>
        <Label x={108} y={72} size={13} tone="muted">
          sur chaque hôte
        </Label>
        {['Filebeat · logs', 'Metricbeat · métriques', 'autres : Packetbeat…'].map((beat, index) => (
          <Box key={beat} x={20} y={86 + index * 40} w={176} h={32} rx={6} lines={[{ text: beat, size: 13 }]} />
        ))}
      </Box>

      <Box
        x={240}
        y={70}
        w={144}
        h={110}
        tone="muted"
        dash="dashed"
        strokeWidth={2}
        lines={[
          'Logstash',
          { text: '(optionnel)', size: 13, tone: 'muted' },
          { text: 'filtre, transforme', size: 13 },
          { text: 'et enrichit', size: 13 },
        ]}
      />
      <Box
        x={416}
        y={70}
        w={150}
        h={110}
        tone="accent"
        tint
        strokeWidth={2}
        lines={['Elasticsearch', { text: 'stocke et indexe', size: 13 }, { text: 'recherche (API)', size: 13 }]}
      />
      <Box
        x={598}
        y={70}
        w={134}
        h={110}
        strokeWidth={2}
        tone="muted"
        lines={['Kibana', { text: 'visualise, explore', size: 13 }, { text: 'tableaux de bord', size: 13 }]}
      />

      <Arrow
        points={[
          [208, 125],
          [238, 125],
        ]}
        width={2}
      />
      <Arrow
        points={[
          [384, 125],
          [414, 125],
        ]}
        width={2}
      />
      <Arrow
        points={[
          [598, 125],
          [568, 125],
        ]}
        width={2}
      />

      <Arrow
        points={[
          [150, 212],
          [150, 246],
          [491, 246],
          [491, 182],
        ]}
        dash="dashed"
        width={2}
      />
      <Label x={312} y={238} size={13} halo="bg">
        envoi direct, sans Logstash
      </Label>

      <line x1={400} x2={436} y1={276} y2={276} stroke="var(--c-fg)" strokeWidth={2} />
      <Label x={442} y={281} size={13} anchor="start">
        avec Logstash
      </Label>
      <line x1={560} x2={596} y1={276} y2={276} stroke="var(--c-fg)" strokeWidth={2} strokeDasharray="7 5" />
      <Label x={602} y={281} size={13} anchor="start">
        chemin direct
      </Label>
    </DiagramFrame>
  );
}
