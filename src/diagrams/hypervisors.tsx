import { DiagramFrame } from './diagram-frame';
import { Box, Label } from './svg-kit';

const COLUMN_WIDTH = 236;
const columns = [8, 262, 516] as const;

const description =
  'Trois piles côte à côte, lues de bas en haut. À gauche, l’hyperviseur de type 1, dit « bare metal » : ' +
  'il s’installe directement sur le matériel et fait tourner des machines virtuelles, chacune avec son propre ' +
  'système d’exploitation invité et ses applications. Au centre, l’hyperviseur de type 2, dit « hébergé » : ' +
  'le matériel porte d’abord un système d’exploitation hôte, sur lequel l’hyperviseur s’exécute comme un logiciel, ' +
  'et les machines virtuelles, chacune avec son OS invité, tournent au-dessus. À droite, l’isolateur : le matériel ' +
  'porte un système hôte dont le noyau est partagé par tous ; l’isolateur sépare des environnements isolés qui ' +
  'contiennent seulement des applications et leurs bibliothèques, sans OS invité ni noyau propre. La pile de type 1 ' +
  'compte une couche de moins que celle de type 2, et l’isolateur est le seul où aucun noyau supplémentaire ne tourne.';

function Guests({ x, y, kind }: { x: number; y: number; kind: 'vm' | 'isolated' }) {
  const width = (COLUMN_WIDTH - 8) / 2;
  return (
    <>
      <Label x={x + COLUMN_WIDTH / 2} y={y - 8} size={13} tone="muted">
        {kind === 'vm' ? 'machines virtuelles' : 'environnements isolés'}
      </Label>
      {[0, 1].map((index) => {
        const left = x + index * (width + 8);
        return (
          <Box key={index} x={left} y={y} w={width} h={90} fill="none" tone="muted" dash="dashed">
            <Box x={left + 5} y={y + 6} w={width - 10} h={36} rx={5} lines={[{ text: 'Applications', size: 13 }]} />
            {kind === 'vm' ? (
              <Box
                x={left + 5}
                y={y + 48}
                w={width - 10}
                h={36}
                rx={5}
                tone="warning"
                tint
                lines={[{ text: 'OS invité', size: 13, weight: 'bold' }]}
              />
            ) : (
              <Box x={left + 5} y={y + 48} w={width - 10} h={36} rx={5} lines={[{ text: 'Bibliothèques', size: 13 }]} />
            )}
          </Box>
        );
      })}
    </>
  );
}

function Header({ x, title, subtitle }: { x: number; title: string; subtitle: string }) {
  return (
    <>
      <Label x={x + COLUMN_WIDTH / 2} y={24} size={16} weight="bold">
        {title}
      </Label>
      <Label x={x + COLUMN_WIDTH / 2} y={44} size={13} tone="muted">
        {subtitle}
      </Label>
    </>
  );
}

function Hardware({ x }: { x: number }) {
  return <Box x={x} y={290} w={COLUMN_WIDTH} h={44} tone="muted" tint lines={['Matériel']} />;
}

export default function Hypervisors() {
  const [type1, type2, isolator] = columns;
  return (
    <DiagramFrame
      title="Hyperviseur de type 1, hyperviseur de type 2 et isolateur"
      description={description}
      viewBox="0 0 760 346"
    >
      <Header x={type1} title="Hyperviseur de type 1" subtitle="« bare metal »" />
      <Guests x={type1} y={140} kind="vm" />
      <Box x={type1} y={238} w={COLUMN_WIDTH} h={44} tone="accent" tint lines={['Hyperviseur de type 1']} />
      <Hardware x={type1} />

      <Header x={type2} title="Hyperviseur de type 2" subtitle="« hébergé »" />
      <Guests x={type2} y={88} kind="vm" />
      <Box x={type2} y={186} w={COLUMN_WIDTH} h={44} tone="accent" tint lines={['Hyperviseur de type 2']} />
      <Box x={type2} y={238} w={COLUMN_WIDTH} h={44} lines={['OS hôte']} />
      <Hardware x={type2} />

      <Header x={isolator} title="Isolateur" subtitle="un seul noyau pour tous" />
      <Guests x={isolator} y={88} kind="isolated" />
      <Box x={isolator} y={186} w={COLUMN_WIDTH} h={44} tone="accent" tint lines={['Isolateur']} />
      <Box x={isolator} y={238} w={COLUMN_WIDTH} h={44} lines={[{ text: 'OS hôte (noyau partagé)', weight: 'bold' }]} />
      <Hardware x={isolator} />
    </DiagramFrame>
  );
}
