import { DiagramFrame } from './diagram-frame';
import { Box, Label, TextBlock, svgPath } from './svg-kit';

const LEFT = 160;
const HALF = 290;
const RIGHT = LEFT + HALF + 12;
const FULL = HALF * 2 + 12;

const description =
  'Deux images, A et B, construites en couches empilées, avec trois conteneurs par-dessus. En bas, deux couches ' +
  'en lecture seule communes aux deux images : la couche 1 (FROM debian:bookworm) et la couche 2 (RUN apt-get ' +
  'install -y python3) ; elles ne sont stockées qu’une fois sur le disque. Au-dessus, chaque image a sa propre ' +
  'couche : la couche 3a (COPY app-a/) pour l’image A et la couche 3b (COPY app-b/) pour l’image B. L’image A ' +
  'est donc formée des couches 1, 2 et 3a, l’image B des couches 1, 2 et 3b. Tout en haut, les conteneurs 1 et 2 ' +
  'sont lancés depuis l’image A et le conteneur 3 depuis l’image B ; chacun ajoute sa propre couche fine en ' +
  'lecture-écriture (hachurée). Copy-on-write : pour modifier un fichier d’une couche de l’image, le conteneur le ' +
  'copie d’abord dans sa couche inscriptible ; l’image elle-même ne change jamais.';

function Container({ x, name }: { x: number; name: string }) {
  return (
    <Box x={x} y={16} w={140} h={64} tone="accent" lines={[]}>
      <Label x={x + 70} y={38} weight="bold">
        {name}
      </Label>
      <Box x={x + 10} y={50} w={120} h={20} rx={3} tone="accent" fill="hatch" />
    </Box>
  );
}

function Bracket({ top, bottom, lines }: { top: number; bottom: number; lines: string[] }) {
  return (
    <>
      <path
        d={svgPath('M', 146, top, 'H', 152, 'V', bottom, 'H', 146)}
        fill="none"
        stroke="var(--c-muted)"
        strokeWidth={1.5}
      />
      <TextBlock
        cx={138}
        cy={(top + bottom) / 2}
        anchor="end"
        firstBold={false}
        lines={lines.map((text) => ({ text, size: 13, tone: 'muted' as const }))}
      />
    </>
  );
}

export default function ImageLayers() {
  return (
    <DiagramFrame
      title="Couches d’image partagées et couche inscriptible des conteneurs"
      description={description}
      viewBox="0 0 760 354"
    >
      <Bracket top={16} bottom={80} lines={['couche fine', 'en lecture-écriture', '(une par conteneur)']} />
      <Container x={LEFT} name="conteneur 1" />
      <Container x={LEFT + 150} name="conteneur 2" />
      <Container x={RIGHT + (HALF - 140) / 2} name="conteneur 3" />

      <Bracket top={88} bottom={240} lines={['couches', 'de l’image', 'en lecture seule']} />
      <Box x={LEFT} y={88} w={HALF} h={40} lines={[{ text: 'couche 3a · COPY app-a/', mono: true, size: 13 }]} />
      <Box x={RIGHT} y={88} w={HALF} h={40} lines={[{ text: 'couche 3b · COPY app-b/', mono: true, size: 13 }]} />
      <Box
        x={LEFT}
        y={136}
        w={FULL}
        h={48}
        tone="muted"
        tint
        lines={[
          { text: 'couche 2 · RUN apt-get install -y python3', mono: true, size: 13 },
          { text: 'partagée par A et B', size: 13, tone: 'muted' },
        ]}
      />
      <Box
        x={LEFT}
        y={192}
        w={FULL}
        h={48}
        tone="muted"
        tint
        lines={[
          { text: 'couche 1 · FROM debian:bookworm', mono: true, size: 13 },
          { text: 'partagée par A et B', size: 13, tone: 'muted' },
        ]}
      />
      <Label x={LEFT + HALF / 2} y={262} weight="bold">
        image A = couches 1 + 2 + 3a
      </Label>
      <Label x={RIGHT + HALF / 2} y={262} weight="bold">
        image B = couches 1 + 2 + 3b
      </Label>

      <Box
        x={8}
        y={278}
        w={744}
        h={68}
        tone="accent"
        dash="dashed"
        lines={[
          'Copy-on-write',
          { text: 'pour modifier un fichier d’une couche de l’image, le conteneur le copie d’abord', size: 13 },
          { text: 'dans sa couche inscriptible : l’image, elle, ne change jamais.', size: 13 },
        ]}
      />
    </DiagramFrame>
  );
}
