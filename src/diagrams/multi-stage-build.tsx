import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'Un build multi-stage en deux étapes. À gauche, l’étape 1, « build » (FROM golang:1.27 AS build), contient le SDK ' +
  'et le compilateur Go, le code source et les dépendances de build ; la commande RUN go build compile le tout en un ' +
  'artefact, le binaire app. Cette étape pèse environ 800 Mo et elle est jetée après le build : elle n’est pas ' +
  'livrée (contour tireté). À droite, l’étape 2, « exécution » (FROM alpine:3.24), ne contient qu’un système minimal ' +
  'et le binaire app, copié depuis la première étape par COPY --from=build. C’est la seule image livrée, d’environ ' +
  '15 Mo : ni le SDK, ni les sources, ni les outils de build n’y entrent.';

export default function MultiStageBuild() {
  return (
    <DiagramFrame
      title="Build multi-stage : seul l’artefact passe dans l’image finale"
      description={description}
      viewBox="0 0 720 322"
    >
      <Box x={8} y={8} w={328} h={306} fill="bg" tone="muted" dash="dashed" strokeWidth={2} lines={[]}>
        <Label x={172} y={34} size={16} weight="bold">
          {'Étape 1 : build'}
        </Label>
        <Label x={172} y={54} size={13} mono tone="muted">
          FROM golang:1.27 AS build
        </Label>
        <Box x={28} y={68} w={288} h={36} lines={[{ text: 'SDK et compilateur Go', size: 14 }]} />
        <Box x={28} y={110} w={288} h={36} lines={[{ text: 'Code source', size: 14 }]} />
        <Box x={28} y={152} w={288} h={36} lines={[{ text: 'Dépendances de build', size: 14 }]} />
        <Arrow
          points={[
            [150, 188],
            [150, 236],
          ]}
        />
        <Label x={160} y={217} size={13} mono anchor="start">
          RUN go build
        </Label>
        <Box
          x={28}
          y={238}
          w={288}
          h={40}
          tone="accent"
          tint
          lines={[{ text: 'artefact : binaire app', weight: 'bold' }]}
        />
        <Label x={172} y={302} size={13} tone="muted">
          ≈ 800 Mo · jetée après le build
        </Label>
      </Box>

      <TextBlock
        cx={582}
        cy={56}
        lines={['Seul l’artefact compilé', { text: 'passe dans l’image finale.', weight: 'bold' }]}
      />

      <Box x={452} y={120} w={260} h={194} fill="bg" tone="accent" strokeWidth={2} lines={[]}>
        <Label x={582} y={146} size={16} weight="bold">
          {'Étape 2 : exécution'}
        </Label>
        <Label x={582} y={166} size={13} mono tone="muted">
          FROM alpine:3.24
        </Label>
        <Box x={468} y={182} w={228} h={36} lines={[{ text: 'Système minimal (alpine)', size: 14 }]} />
        <Box x={468} y={238} w={228} h={40} tone="accent" tint lines={[{ text: 'binaire app', weight: 'bold' }]} />
        <Label x={582} y={302} size={13} tone="muted">
          ≈ 15 Mo · seule image livrée
        </Label>
      </Box>

      <Arrow
        points={[
          [316, 258],
          [466, 258],
        ]}
        tone="accent"
        width={2.5}
      />
      <TextBlock
        cx={394}
        cy={230}
        firstBold={false}
        lines={[
          { text: 'COPY', mono: true, size: 13 },
          { text: '--from=build', mono: true, size: 13 },
        ]}
      />
    </DiagramFrame>
  );
}
