import { Fragment } from 'react';
import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label } from './svg-kit';

const namespaces = [
  ['pid', 'arbre de processus'],
  ['net', 'interfaces, ports'],
  ['mnt', 'points de montage'],
  ['uts', 'nom d’hôte'],
  ['ipc', 'mémoire partagée'],
  ['user', 'UID et GID'],
] as const;

/** Resource, share used, limit (fractions of the bar). */
const resources = [
  ['CPU', 0.45, 0.75],
  ['Mémoire', 0.6, 0.7],
  ['Processus', 0.2, 0.5],
  ['E/S disque', 0.35, 0.6],
] as const;

const BAR_X = 508;
const BAR_WIDTH = 190;

const description =
  'En haut, le processus d’un conteneur, qui n’est qu’un processus Linux ordinaire. Deux flèches en partent. ' +
  'La première mène aux namespaces, qui isolent ce que le processus voit : pid (son propre arbre de processus), ' +
  'net (ses interfaces réseau et ses ports), mnt (ses points de montage), uts (son nom d’hôte), ipc (sa mémoire ' +
  'partagée) et user (ses identifiants UID et GID). La seconde mène aux cgroups, qui limitent ce que le processus ' +
  'consomme : pour le CPU, la mémoire, le nombre de processus et les entrées-sorties disque, une barre montre la ' +
  'consommation du moment et un trait pointillé la limite fixée, que la consommation ne peut pas dépasser. En bas, ' +
  'le noyau Linux de l’hôte, unique et partagé, fournit ces deux mécanismes à tous les conteneurs.';

export default function NamespacesCgroups() {
  return (
    <DiagramFrame title="Namespaces et cgroups" description={description} viewBox="0 0 720 400">
      <Box
        x={200}
        y={10}
        w={320}
        h={52}
        tone="accent"
        tint
        lines={['Processus du conteneur', { text: 'un processus Linux ordinaire', size: 13, tone: 'muted' }]}
      />
      <Arrow
        points={[
          [280, 62],
          [180, 98],
        ]}
      />
      <Arrow
        points={[
          [440, 62],
          [540, 98],
        ]}
      />
      <Label x={205} y={72} size={13} anchor="end" tone="muted">
        isolé par
      </Label>
      <Label x={515} y={72} size={13} anchor="start" tone="muted">
        limité par
      </Label>

      <Box x={8} y={100} w={344} h={232} fill="bg" tone="muted" dash="dashed">
        <Label x={180} y={126} size={16} weight="bold">
          Namespaces
        </Label>
        <Label x={180} y={146} size={13} tone="muted">
          ce que le processus voit
        </Label>
        {namespaces.map(([name, role], index) => {
          const column = index % 2;
          const row = Math.floor(index / 2);
          return (
            <Box
              key={name}
              x={20 + column * 164}
              y={162 + row * 56}
              w={156}
              h={48}
              rx={6}
              lines={[
                { text: name, weight: 'bold', mono: true },
                { text: role, size: 13 },
              ]}
            />
          );
        })}
      </Box>

      <Box x={368} y={100} w={344} h={232} fill="bg" tone="muted" dash="dashed">
        <Label x={540} y={126} size={16} weight="bold">
          cgroups
        </Label>
        <Label x={540} y={146} size={13} tone="muted">
          ce que le processus consomme
        </Label>
        {resources.map(([name, used, limit], index) => {
          const y = 168 + index * 34;
          return (
            <Fragment key={name}>
              <Label x={382} y={y + 12} anchor="start">
                {name}
              </Label>
              <rect
                x={BAR_X}
                y={y}
                width={BAR_WIDTH}
                height={16}
                rx={3}
                fill="var(--c-surface)"
                stroke="var(--c-border)"
              />
              <rect
                x={BAR_X}
                y={y}
                width={BAR_WIDTH * used}
                height={16}
                rx={3}
                fill="var(--c-accent)"
                fillOpacity={0.6}
              />
              <line
                x1={BAR_X + BAR_WIDTH * limit}
                x2={BAR_X + BAR_WIDTH * limit}
                y1={y - 5}
                y2={y + 21}
                stroke="var(--c-fg)"
                strokeWidth={2}
                strokeDasharray="3 2"
              />
            </Fragment>
          );
        })}
        <rect x={382} y={308} width={18} height={12} rx={2} fill="var(--c-accent)" fillOpacity={0.6} />
        <Label x={406} y={319} size={13} anchor="start">
          consommation
        </Label>
        <line x1={548} x2={548} y1={304} y2={324} stroke="var(--c-fg)" strokeWidth={2} strokeDasharray="3 2" />
        <Label x={558} y={319} size={13} anchor="start">
          limite fixée
        </Label>
      </Box>

      <Box
        x={8}
        y={344}
        w={704}
        h={48}
        tone="muted"
        tint
        lines={[
          'Noyau Linux de l’hôte (partagé)',
          { text: 'fournit les namespaces et les cgroups à tous les conteneurs', size: 13 },
        ]}
      />
    </DiagramFrame>
  );
}
