import { DiagramFrame } from './diagram-frame';
import { Box, Label } from './svg-kit';

const COLUMN_WIDTH = 344;
const GUEST_WIDTH = 108;
const apps = ['A', 'B', 'C'] as const;

const description =
  'Deux piles comparées, lues de bas en haut, qui font tourner les mêmes applications A, B et C. À gauche, les ' +
  'machines virtuelles : sur le matériel, un hyperviseur porte trois machines virtuelles, et chacune embarque ' +
  'son application, ses bibliothèques et un système d’exploitation invité complet, noyau compris ; chaque VM pèse ' +
  'souvent plusieurs gigaoctets et démarre lentement. À droite, les conteneurs : sur le matériel, un seul système ' +
  'hôte dont le noyau Linux est partagé, puis le moteur de conteneurs (Docker), puis trois conteneurs qui ne ' +
  'contiennent que l’application et ses bibliothèques ; sans OS invité, un conteneur pèse souvent quelques dizaines de ' +
  'mégaoctets et démarre en une seconde ou deux.';

function Guests({ x, y, withOs }: { x: number; y: number; withOs: boolean }) {
  const height = withOs ? 126 : 86;
  return (
    <>
      <Label x={x + COLUMN_WIDTH / 2} y={y - 8} size={13} tone="muted">
        {withOs ? 'une VM par application' : 'un conteneur par application'}
      </Label>
      {apps.map((app, index) => {
        const left = x + index * (GUEST_WIDTH + 10);
        return (
          <Box key={app} x={left} y={y} w={GUEST_WIDTH} h={height} fill="none" tone="muted" dash="dashed">
            <Box x={left + 5} y={y + 6} w={GUEST_WIDTH - 10} h={34} rx={5} lines={[`App ${app}`]} />
            <Box
              x={left + 5}
              y={y + 46}
              w={GUEST_WIDTH - 10}
              h={34}
              rx={5}
              lines={[{ text: 'Bibliothèques', size: 13 }]}
            />
            {withOs ? (
              <Box
                x={left + 5}
                y={y + 86}
                w={GUEST_WIDTH - 10}
                h={34}
                rx={5}
                tone="warning"
                tint
                lines={[{ text: 'OS invité', size: 13, weight: 'bold' }]}
              />
            ) : null}
          </Box>
        );
      })}
    </>
  );
}

export default function VmVsContainer() {
  const left = 8;
  const right = 368;
  return (
    <DiagramFrame title="Machines virtuelles et conteneurs" description={description} viewBox="0 0 720 344">
      <Label x={left + COLUMN_WIDTH / 2} y={24} size={16} weight="bold">
        Machines virtuelles
      </Label>
      <Label x={left + COLUMN_WIDTH / 2} y={44} size={13} tone="muted">
        un OS complet dans chaque VM
      </Label>
      <Guests x={left} y={84} withOs />
      <Box x={left} y={218} w={COLUMN_WIDTH} h={40} tone="accent" tint lines={['Hyperviseur']} />
      <Box x={left} y={266} w={COLUMN_WIDTH} h={40} tone="muted" tint lines={['Matériel']} />
      <Label x={left + COLUMN_WIDTH / 2} y={332} size={13} tone="muted">
        souvent plusieurs Go · démarrage lent
      </Label>

      <Label x={right + COLUMN_WIDTH / 2} y={24} size={16} weight="bold">
        Conteneurs
      </Label>
      <Label x={right + COLUMN_WIDTH / 2} y={44} size={13} tone="muted">
        un seul noyau, celui de l’hôte
      </Label>
      <Guests x={right} y={76} withOs={false} />
      <Box x={right} y={170} w={COLUMN_WIDTH} h={40} tone="accent" tint lines={['Moteur de conteneurs (Docker)']} />
      <Box
        x={right}
        y={218}
        w={COLUMN_WIDTH}
        h={40}
        lines={[{ text: 'OS hôte (noyau Linux partagé)', weight: 'bold' }]}
      />
      <Box x={right} y={266} w={COLUMN_WIDTH} h={40} tone="muted" tint lines={['Matériel']} />
      <Label x={right + COLUMN_WIDTH / 2} y={332} size={13} tone="muted">
        souvent des dizaines de Mo · démarrage rapide
      </Label>
    </DiagramFrame>
  );
}
