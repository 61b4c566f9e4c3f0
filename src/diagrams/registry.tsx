import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label } from './svg-kit';

const description =
  'À gauche, le poste du développeur : à partir d’un Dockerfile, la commande docker build produit une image locale, ' +
  'alice/monapp:1.0. Une flèche « docker push » envoie cette image au centre, dans un registre (Docker Hub ou un ' +
  'registre privé), où elle rejoint le dépôt alice/monapp qui conserve plusieurs tags : 1.0, 1.1 et latest. À ' +
  'droite, trois serveurs récupèrent l’image depuis le registre avec docker pull, puis la lancent avec docker run. ' +
  'Le registre est le point de passage unique : on construit une fois, on distribue partout.';

const servers = ['Serveur 1', 'Serveur 2', 'Serveur 3'] as const;

export default function Registry() {
  return (
    <DiagramFrame
      title="Construire, pousser et tirer une image via un registre"
      description={description}
      viewBox="0 0 720 288"
    >
      <Box x={8} y={16} w={188} h={262} fill="bg" tone="muted" lines={[]}>
        <Label x={102} y={40} weight="bold">
          Développeur
        </Label>
        <Label x={102} y={58} size={13} tone="muted">
          poste de travail
        </Label>
        <Box x={24} y={74} w={156} h={36} lines={[{ text: 'Dockerfile', mono: true, size: 13 }]} />
        <Arrow
          points={[
            [56, 110],
            [56, 182],
          ]}
        />
        <Label x={66} y={151} size={13} mono anchor="start">
          docker build
        </Label>
        <Box
          x={24}
          y={184}
          w={156}
          h={80}
          tone="accent"
          tint
          lines={['image locale', { text: 'alice/monapp:1.0', mono: true, size: 13 }]}
        />
      </Box>

      <Arrow
        points={[
          [180, 224],
          [290, 224],
        ]}
        tone="accent"
        width={2.5}
      />
      <Label x={240} y={214} size={13} mono halo="bg">
        docker push
      </Label>

      <Box x={292} y={16} w={152} h={262} fill="bg" tone="accent" strokeWidth={2} lines={[]}>
        <Label x={368} y={40} weight="bold">
          Registre
        </Label>
        <Label x={368} y={58} size={13} tone="muted">
          Docker Hub ou privé
        </Label>
        <Box x={304} y={74} w={128} h={192} lines={[]}>
          <Label x={368} y={96} size={13} tone="muted">
            dépôt
          </Label>
          <Label x={368} y={114} size={13} mono weight="bold">
            alice/monapp
          </Label>
          {['1.0', '1.1', 'latest'].map((tag, index) => (
            <Box
              key={tag}
              x={320}
              y={128 + index * 44}
              w={96}
              h={32}
              rx={16}
              tone={tag === '1.0' ? 'accent' : 'muted'}
              tint={tag === '1.0'}
              lines={[{ text: tag, mono: true, size: 13 }]}
            />
          ))}
        </Box>
      </Box>

      {servers.map((server, index) => {
        const y = 16 + index * 96;
        return (
          <g key={server}>
            <Arrow
              points={[
                [444, y + 35],
                [538, y + 35],
              ]}
              tone="accent"
              width={2.5}
            />
            <Label x={491} y={y + 26} size={13} mono halo="bg">
              docker pull
            </Label>
            <Box x={540} y={y} w={172} h={70} lines={[server, { text: 'docker run', mono: true, size: 13 }]} />
          </g>
        );
      })}
    </DiagramFrame>
  );
}
