import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Cylinder, Label, TextBlock } from './svg-kit';

const description =
  'Une pile décrite dans un fichier compose.yaml. À gauche, hors du projet, un navigateur ouvre localhost:8080. ' +
  'Le port 8080 de l’hôte est publié vers le port 80 du service nginx, la seule porte d’entrée de la pile. Dans ' +
  'le projet, trois services partagent un même réseau, monprojet_default : nginx transmet les requêtes au service ' +
  'php, lancé en deux réplicas (php-1 et php-2, php-fpm sur le port 9000), et les deux réplicas interrogent le ' +
  'service redis sur le port 6379. Les services se joignent par leur nom (php:9000, redis:6379). Redis enregistre ' +
  'ses données dans le dossier /data, monté sur le volume nommé redis-data, qui survit aux conteneurs. La commande ' +
  'docker compose up -d démarre toute la pile d’un coup.';

export default function ComposeStack() {
  return (
    <DiagramFrame title="Une pile Docker Compose : nginx, PHP et Redis" description={description} viewBox="0 0 740 360">
      <Box x={8} y={109} w={136} h={60} lines={['Navigateur', { text: 'localhost:8080', size: 13, mono: true }]} />

      <Box x={156} y={8} w={576} h={344} fill="bg" tone="muted" strokeWidth={2} lines={[]}>
        <Label x={172} y={30} weight="bold" anchor="start">
          Projet Compose
        </Label>
        <Label x={716} y={30} size={13} mono anchor="end" tone="muted">
          compose.yaml
        </Label>
      </Box>
      <Box x={168} y={44} w={552} h={218} fill="none" tone="accent" dash="dashed" lines={[]}>
        <Label x={444} y={66} size={13} tone="muted">
          service php · 2 réplicas
        </Label>
        <Label x={180} y={252} size={13} anchor="start" tone="muted">
          réseau monprojet_default · les services se joignent par leur nom
        </Label>
      </Box>

      <Box
        x={184}
        y={99}
        w={130}
        h={80}
        tone="accent"
        tint
        lines={['nginx', { text: 'port publié', size: 13, tone: 'muted' }, { text: '8080 → 80', size: 13, mono: true }]}
      />
      {[
        { y: 76, name: 'php-1' },
        { y: 146, name: 'php-2' },
      ].map((replica) => (
        <Box
          key={replica.name}
          x={374}
          y={replica.y}
          w={140}
          h={56}
          lines={[replica.name, { text: 'php-fpm :9000', size: 13, mono: true }]}
        />
      ))}
      <Box x={584} y={99} w={124} h={80} lines={['redis', { text: ':6379', size: 13, mono: true }]} />

      <Arrow
        points={[
          [144, 139],
          [182, 139],
        ]}
        tone="accent"
        width={2.5}
      />
      {[104, 174].map((y) => (
        <g key={y}>
          <Arrow
            points={[
              [314, 139],
              [372, y],
            ]}
          />
          <Arrow
            points={[
              [514, y],
              [582, 139],
            ]}
          />
        </g>
      ))}

      <Arrow
        points={[
          [646, 179],
          [646, 278],
        ]}
        dash="dashed"
      />
      <Label x={656} y={236} size={13} mono anchor="start">
        /data
      </Label>
      <Cylinder
        x={584}
        y={280}
        w={124}
        h={62}
        tone="accent"
        lines={[
          { text: 'volume', size: 13, tone: 'muted' },
          { text: 'redis-data', size: 13, mono: true, weight: 'bold' },
        ]}
      />

      <TextBlock
        cx={360}
        cy={306}
        lines={[
          { text: 'docker compose up -d', mono: true, weight: 'bold' },
          { text: 'démarre toute la pile d’un coup', size: 13, tone: 'muted' },
        ]}
      />
    </DiagramFrame>
  );
}
