import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'Les quatre étapes du Dockerfile final de l’application notes. À gauche, l’étape base part de node:22-alpine et ' +
  'fixe le répertoire de travail /app. Trois étapes partent d’elle (FROM base). En haut, l’étape deps installe les ' +
  'seules dépendances de production avec npm ci --omit=dev et produit un dossier node_modules. En bas, l’étape build ' +
  'installe toutes les dépendances, copie les sources et compile le TypeScript avec tsc, ce qui produit le dossier ' +
  'dist ; TypeScript, les sources et les dépendances de développement restent dans cette étape, qui n’est pas livrée. ' +
  'Les étapes deps et build ne dépendent pas l’une de l’autre : BuildKit les construit en parallèle. À droite, ' +
  'l’étape runtime, la seule image livrée, reçoit node_modules par COPY --from=deps et dist par COPY --from=build, ' +
  'ajoute package.json, et tourne sous l’utilisateur node.';

export default function BuildStages() {
  return (
    <DiagramFrame title="Le build multi-stage de l’application notes" description={description} viewBox="0 0 760 330">
      <Box
        x={12}
        y={122}
        w={150}
        h={76}
        lines={[
          'base',
          { text: 'node:22-alpine', size: 13, mono: true },
          { text: 'WORKDIR /app', size: 13, mono: true },
        ]}
      />

      <Box
        x={262}
        y={20}
        w={220}
        h={88}
        lines={[
          'deps',
          { text: 'npm ci --omit=dev', size: 13, mono: true },
          { text: 'node_modules de production', size: 13, tone: 'muted' },
        ]}
      />
      <Box
        x={262}
        y={206}
        w={220}
        h={88}
        dash="dashed"
        tone="muted"
        lines={[
          'build',
          { text: 'npm ci, puis tsc', size: 13, mono: true },
          { text: 'produit dist/', size: 13, tone: 'muted' },
        ]}
      />
      <Label x={372} y={314} size={13} tone="muted">
        jetée · TypeScript, sources, devDependencies
      </Label>

      <Box x={560} y={78} w={188} h={164} tone="accent" strokeWidth={2} lines={[]}>
        <Label x={654} y={102} weight="bold">
          runtime
        </Label>
        <Label x={654} y={120} size={13} tone="muted">
          seule image livrée
        </Label>
      </Box>
      <Box x={574} y={132} w={160} h={26} tint tone="accent" lines={[{ text: 'node_modules', size: 13, mono: true }]} />
      <Box x={574} y={164} w={160} h={26} lines={[{ text: 'package.json', size: 13, mono: true }]} />
      <Box x={574} y={196} w={160} h={26} tint tone="accent" lines={[{ text: 'dist/', size: 13, mono: true }]} />
      <Label x={654} y={236} size={13} mono tone="muted">
        USER node
      </Label>

      {/* FROM base, three times */}
      <Arrow
        points={[
          [162, 140],
          [260, 70],
        ]}
      />
      <Arrow
        points={[
          [162, 180],
          [260, 250],
        ]}
      />
      <Arrow
        points={[
          [162, 160],
          [558, 160],
        ]}
        dash="dashed"
      />
      <Label x={196} y={150} size={13} mono anchor="start">
        FROM base
      </Label>
      <TextBlock
        cx={372}
        cy={184}
        firstBold={false}
        lines={[{ text: 'construites en parallèle', size: 13, tone: 'muted' }]}
      />

      {/* COPY --from */}
      <Arrow
        points={[
          [482, 64],
          [520, 64],
          [520, 145],
          [572, 145],
        ]}
        tone="accent"
        width={2.5}
      />
      <Label x={524} y={56} size={13} mono anchor="start">
        COPY --from=deps
      </Label>
      <Arrow
        points={[
          [482, 250],
          [520, 250],
          [520, 209],
          [572, 209],
        ]}
        tone="accent"
        width={2.5}
      />
      <Label x={524} y={268} size={13} mono anchor="start">
        COPY --from=build
      </Label>
    </DiagramFrame>
  );
}
