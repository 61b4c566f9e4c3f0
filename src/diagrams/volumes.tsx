import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label } from './svg-kit';

const description =
  'Un conteneur, en haut, utilise trois montages, et l’hôte Docker, en bas, montre où vivent les données de chacun. ' +
  'Le dossier /data du conteneur est relié à un volume nommé (option -v donnees:/data) : ses données sont sur le ' +
  'disque de l’hôte, dans /var/lib/docker/volumes/donnees/_data, une zone gérée par Docker, et survivent à la ' +
  'suppression du conteneur. Le dossier /app est un bind mount (option -v ~/projet:/app) : il montre un dossier ' +
  'de l’hôte que vous choisissez, ici /home/alice/projet, et ce que l’un modifie, l’autre le voit aussitôt. Le ' +
  'dossier /cache est un tmpfs (option --tmpfs /cache) : il vit seulement dans la mémoire vive de l’hôte, rien ' +
  'n’est écrit sur le disque et tout est effacé quand le conteneur s’arrête. Le trait plein, le tireté et le ' +
  'pointillé distinguent les trois types de montage.';

const mounts = [
  { cx: 139, path: '/data', command: '-v donnees:/data', dash: 'solid' },
  { cx: 359, path: '/app', command: '-v ~/projet:/app', dash: 'dashed' },
  { cx: 592, path: '/cache', command: '--tmpfs /cache', dash: 'dotted' },
] as const;

export default function Volumes() {
  return (
    <DiagramFrame title="Volume nommé, bind mount et tmpfs" description={description} viewBox="0 0 720 384">
      <Box x={32} y={10} w={656} h={92} tone="accent" lines={[]}>
        <Label x={48} y={34} weight="bold" anchor="start">
          Conteneur
        </Label>
        {mounts.map((mount) => (
          <Box
            key={mount.path}
            x={mount.cx - 70}
            y={46}
            w={140}
            h={40}
            rx={6}
            dash={mount.dash}
            tone="accent"
            lines={[{ text: mount.path, mono: true, weight: 'bold' }]}
          />
        ))}
      </Box>
      <Box x={8} y={164} w={704} h={212} fill="bg" tone="muted" lines={[]}>
        <Label x={24} y={188} weight="bold" anchor="start">
          Hôte Docker
        </Label>
      </Box>
      <Box x={20} y={200} w={452} h={166} fill="none" tone="muted" dash="dashed" lines={[]}>
        <Label x={246} y={356} size={13} tone="muted">
          disque de l’hôte
        </Label>
      </Box>
      <Box x={484} y={200} w={216} h={166} fill="none" tone="muted" dash="dotted" lines={[]}>
        <Label x={592} y={356} size={13} tone="muted">
          mémoire vive (RAM)
        </Label>
      </Box>
      <Box
        x={32}
        y={230}
        w={214}
        h={106}
        tone="accent"
        tint
        lines={[
          'Volume nommé',
          { text: '/var/lib/docker/', size: 13, mono: true },
          { text: 'volumes/donnees/_data', size: 13, mono: true },
          { text: 'géré par Docker', size: 13, tone: 'muted' },
        ]}
      />
      <Box
        x={258}
        y={230}
        w={202}
        h={106}
        dash="dashed"
        tone="accent"
        lines={[
          'Bind mount',
          { text: '/home/alice/projet', size: 13, mono: true },
          { text: 'dossier choisi par vous', size: 13, tone: 'muted' },
        ]}
      />
      <Box
        x={496}
        y={230}
        w={192}
        h={106}
        dash="dotted"
        tone="accent"
        lines={[
          'tmpfs',
          { text: 'rien sur le disque', size: 13 },
          { text: 'effacé à l’arrêt', size: 13, tone: 'muted' },
        ]}
      />
      {mounts.map((mount) => (
        <Arrow
          key={mount.path}
          points={[
            [mount.cx, 86],
            [mount.cx, 228],
          ]}
          dash={mount.dash}
          tone="accent"
          width={2}
        />
      ))}
      {mounts.map((mount) => (
        <Label key={mount.path} x={mount.cx + 10} y={140} size={13} mono anchor="start" halo="bg">
          {mount.command}
        </Label>
      ))}
    </DiagramFrame>
  );
}
