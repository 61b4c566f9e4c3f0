import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'À gauche, deux hôtes Docker. Sur chacun tournent deux exporters : node exporter, qui expose les métriques de ' +
  'l’hôte sur :9100/metrics, et cAdvisor, qui expose celles des conteneurs sur :8080/metrics. Au centre, ' +
  'Prometheus, qui stocke les mesures dans sa base de séries temporelles (TSDB) et évalue les règles d’alerte. Il ' +
  'fonctionne en mode pull : des flèches partent de Prometheus vers les quatre exporters, car c’est lui qui ' +
  'interroge chaque cible à intervalle régulier (scrape, requête GET /metrics, par exemple toutes les 15 s). À ' +
  'droite, Grafana interroge Prometheus en PromQL pour afficher des tableaux de bord. En bas, Alertmanager, ' +
  'optionnel (contour tireté), reçoit les alertes de Prometheus et envoie les notifications, par e-mail ou sur ' +
  'Slack par exemple.';

const hosts = [
  { name: 'Hôte 1', y: 8 },
  { name: 'Hôte 2', y: 204 },
] as const;

export default function PrometheusStack() {
  return (
    <DiagramFrame
      title="Prometheus, ses exporters, Grafana et Alertmanager"
      description={description}
      viewBox="0 0 740 392"
    >
      {hosts.map((host) => (
        <Box key={host.name} x={8} y={host.y} w={240} h={180} fill="bg" tone="muted" lines={[]}>
          <Label x={24} y={host.y + 24} weight="bold" anchor="start">
            {host.name}
          </Label>
          <Box
            x={24}
            y={host.y + 36}
            w={208}
            h={62}
            lines={[
              'node exporter',
              { text: 'métriques de l’hôte', size: 13 },
              { text: ':9100/metrics', size: 13, mono: true, tone: 'muted' },
            ]}
          />
          <Box
            x={24}
            y={host.y + 106}
            w={208}
            h={62}
            lines={[
              'cAdvisor',
              { text: 'métriques des conteneurs', size: 13 },
              { text: ':8080/metrics', size: 13, mono: true, tone: 'muted' },
            ]}
          />
        </Box>
      ))}

      {[
        [176, 75],
        [188, 145],
        [212, 271],
        [224, 341],
      ].map(([from, to]) => (
        <Arrow
          key={to}
          points={[
            [364, from ?? 0],
            [234, to ?? 0],
          ]}
          tone="accent"
          width={2}
        />
      ))}
      <Label x={306} y={199} size={13} mono halo="bg">
        GET /metrics
      </Label>

      <TextBlock
        cx={532}
        cy={60}
        lines={[
          'Modèle pull',
          { text: 'Prometheus interroge (scrape) chaque cible', size: 13 },
          { text: 'à intervalle régulier, par ex. toutes les 15 s', size: 13 },
        ]}
      />

      <Box
        x={364}
        y={140}
        w={168}
        h={110}
        tone="accent"
        tint
        strokeWidth={2}
        lines={[
          { text: 'Prometheus', size: 16, weight: 'bold' },
          { text: 'séries temporelles', size: 13 },
          { text: '(TSDB)', size: 13 },
          { text: 'règles d’alerte', size: 13 },
        ]}
      />

      <Box x={598} y={150} w={134} h={90} lines={['Grafana', { text: 'tableaux de bord', size: 13 }]} />
      <Arrow
        points={[
          [596, 195],
          [534, 195],
        ]}
      />
      <Label x={565} y={186} size={13} mono halo="bg">
        PromQL
      </Label>

      <Arrow
        points={[
          [448, 250],
          [448, 300],
        ]}
      />
      <Label x={458} y={280} size={13} anchor="start">
        alertes
      </Label>
      <Box
        x={364}
        y={302}
        w={168}
        h={70}
        dash="dashed"
        tone="muted"
        lines={['Alertmanager', { text: '(optionnel)', size: 13, tone: 'muted' }]}
      />
      <Arrow
        points={[
          [532, 337],
          [596, 337],
        ]}
        dash="dashed"
      />
      <Box
        x={598}
        y={307}
        w={134}
        h={60}
        dash="dashed"
        tone="muted"
        lines={['notifications', { text: 'e-mail, Slack…', size: 13 }]}
      />
    </DiagramFrame>
  );
}
