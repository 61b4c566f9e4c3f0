import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'Les états d’un conteneur et les passages de l’un à l’autre. docker create crée le conteneur à l’état created : ' +
  'il existe mais son processus n’a jamais été lancé. docker start le fait passer à running (docker run enchaîne ' +
  'ces deux commandes). Depuis running, docker pause le gèle à l’état paused et docker unpause le ramène à running. ' +
  'Quand le processus principal se termine de lui-même, ou à la suite de docker stop ou docker kill, le conteneur ' +
  'passe à exited, et son code de sortie est conservé ; docker start le relance. Si une politique de redémarrage ' +
  '(option --restart) s’applique, le conteneur passe d’exited à restarting, attend un délai, puis repart à running. ' +
  'docker rm supprime un conteneur arrêté ; si la suppression échoue, il reste à l’état dead, qu’on ne peut plus ' +
  'que supprimer.';

const label = { size: 13, tone: 'muted' } as const;

export default function ContainerLifecycle() {
  return (
    <DiagramFrame title="Le cycle de vie d’un conteneur" description={description} viewBox="0 0 800 380">
      <Label x={76} y={100} size={13} mono>
        docker create
      </Label>
      <Arrow
        points={[
          [76, 108],
          [76, 168],
        ]}
      />
      <Box x={16} y={170} w={120} h={60} lines={['created', { text: 'créé, pas lancé', ...label }]} />

      <Box x={236} y={24} w={130} h={56} lines={['paused', { text: 'gelé', ...label }]} />
      <Box x={236} y={170} w={130} h={60} tone="accent" tint lines={['running', { text: 'en marche', ...label }]} />
      <Box x={546} y={170} w={130} h={60} lines={['exited', { text: 'arrêté', ...label }]} />
      <Box
        x={546}
        y={24}
        w={130}
        h={56}
        fill="none"
        tone="muted"
        dash="dashed"
        lines={['supprimé', { text: 'effacé du disque', size: 13, tone: 'muted' }]}
      />
      <Box
        x={360}
        y={310}
        w={150}
        h={56}
        tone="accent"
        dash="dashed"
        lines={['restarting', { text: 'en attente', ...label }]}
      />
      <Box x={590} y={310} w={150} h={56} tone="warning" lines={['dead', { text: 'suppression ratée', ...label }]} />

      {/* created → running */}
      <Arrow
        points={[
          [136, 200],
          [234, 200],
        ]}
      />
      <Label x={186} y={190} size={13} mono>
        docker start
      </Label>

      {/* running ↔ paused */}
      <Arrow
        points={[
          [270, 170],
          [270, 82],
        ]}
      />
      <Label x={262} y={130} size={13} mono anchor="end">
        docker pause
      </Label>
      <Arrow
        points={[
          [332, 82],
          [332, 168],
        ]}
      />
      <Label x={340} y={130} size={13} mono anchor="start">
        docker unpause
      </Label>

      {/* running → exited, and back */}
      <Arrow
        points={[
          [366, 188],
          [544, 188],
        ]}
        tone="accent"
        width={2.5}
      />
      <TextBlock
        cx={455}
        cy={162}
        firstBold={false}
        lines={[
          { text: 'fin du processus', size: 13 },
          { text: 'docker stop ou kill', size: 13, mono: true },
        ]}
      />
      <Arrow
        points={[
          [546, 214],
          [368, 214],
        ]}
      />
      <Label x={455} y={240} size={13} mono>
        docker start
      </Label>

      {/* exited → supprimé */}
      <Arrow
        points={[
          [611, 170],
          [611, 82],
        ]}
        dash="dashed"
      />
      <Label x={619} y={130} size={13} mono anchor="start">
        docker rm
      </Label>

      {/* exited → restarting → running */}
      <Arrow
        points={[
          [570, 230],
          [492, 308],
        ]}
        tone="accent"
      />
      <TextBlock
        cx={528}
        cy={270}
        anchor="end"
        firstBold={false}
        lines={[
          { text: 'politique', size: 13 },
          { text: '--restart', size: 13, mono: true },
        ]}
      />
      <Arrow
        points={[
          [395, 308],
          [330, 232],
        ]}
        tone="accent"
      />
      <Label x={366} y={294} size={13} anchor="end">
        après le délai
      </Label>

      {/* exited → dead */}
      <Arrow
        points={[
          [650, 230],
          [650, 308],
        ]}
        dash="dotted"
      />
      <TextBlock
        cx={658}
        cy={268}
        anchor="start"
        firstBold={false}
        lines={[
          { text: 'docker rm', size: 13, mono: true },
          { text: 'échoue', size: 13 },
        ]}
      />
    </DiagramFrame>
  );
}
