import { DiagramFrame } from './diagram-frame';
import { Arrow, Box, Label, TextBlock } from './svg-kit';

const description =
  'Un hôte Docker, d’adresse 192.168.1.10 sur son interface eth0, fait tourner deux conteneurs reliés au pont ' +
  'docker0 (bridge, adresse 172.17.0.1). Chaque conteneur a sa propre interface eth0, reliée au pont par une paire ' +
  'veth : le conteneur web (nginx) a l’adresse 172.17.0.2 et écoute sur le port 80, le conteneur api a l’adresse ' +
  '172.17.0.3. Les deux conteneurs, sur le même réseau, se parlent directement par le pont. Le port 80 de web est ' +
  'publié avec -p 8080:80. Le trajet d’une requête, tracé en flèches épaisses : un client (navigateur) ouvre ' +
  'http://192.168.1.10:8080 ; la requête arrive sur eth0, une règle iptables de traduction d’adresses (NAT) la ' +
  'redirige vers 172.17.0.2:80, puis elle traverse le pont docker0 et la paire veth jusqu’au conteneur web. Le ' +
  'conteneur api, dont aucun port n’est publié, reste injoignable depuis l’extérieur.';

export default function BridgeNetwork() {
  return (
    <DiagramFrame title="Réseau bridge et publication de port" description={description} viewBox="0 0 720 422">
      <Arrow
        points={[
          [16, 30],
          [52, 30],
        ]}
        tone="accent"
        width={3}
      />
      <Label x={60} y={35} size={13} anchor="start">
        trajet de la requête
      </Label>
      <Box
        x={250}
        y={8}
        w={220}
        h={52}
        lines={['Client (navigateur)', { text: 'http://192.168.1.10:8080', size: 13, mono: true }]}
      />

      <Box x={8} y={78} w={704} h={336} fill="bg" tone="muted" lines={[]}>
        <Label x={24} y={102} weight="bold" anchor="start">
          Hôte Docker
        </Label>
      </Box>
      <Box
        x={250}
        y={110}
        w={220}
        h={40}
        tone="muted"
        tint
        lines={[{ text: 'eth0 · 192.168.1.10', mono: true, size: 13 }]}
      />
      <Box
        x={190}
        y={176}
        w={340}
        h={52}
        tone="warning"
        tint
        lines={['iptables (NAT)', { text: '8080 → 172.17.0.2:80', size: 13, mono: true }]}
      />
      <TextBlock
        cx={546}
        cy={202}
        anchor="start"
        firstBold={false}
        lines={[
          { text: 'publication :', size: 13, tone: 'muted' },
          { text: '-p 8080:80', size: 13, mono: true },
        ]}
      />
      <Box
        x={40}
        y={254}
        w={640}
        h={40}
        tone="accent"
        tint
        lines={[{ text: 'docker0 : pont (bridge) · 172.17.0.1', weight: 'bold' }]}
      />
      <Box
        x={110}
        y={338}
        w={200}
        h={64}
        tone="accent"
        lines={['web (nginx)', { text: 'eth0 · 172.17.0.2:80', size: 13, mono: true }]}
      />
      <Box
        x={410}
        y={338}
        w={200}
        h={64}
        tone="accent"
        lines={[
          'api',
          { text: 'eth0 · 172.17.0.3', size: 13, mono: true },
          { text: 'aucun port publié', size: 13, tone: 'muted' },
        ]}
      />
      <Arrow
        points={[
          [510, 294],
          [510, 338],
        ]}
        head="none"
        tone="muted"
        width={2}
      />
      <Label x={520} y={321} size={13} anchor="start" tone="muted">
        veth
      </Label>
      <Label x={220} y={321} size={13} anchor="start" tone="muted">
        veth
      </Label>
      <Arrow
        points={[
          [312, 376],
          [408, 376],
        ]}
        head="both"
        dash="dashed"
      />
      <Label x={360} y={366} size={13}>
        même réseau
      </Label>

      <Arrow
        points={[
          [360, 60],
          [360, 108],
        ]}
        tone="accent"
        width={3}
      />
      <Arrow
        points={[
          [360, 150],
          [360, 174],
        ]}
        tone="accent"
        width={3}
      />
      <Arrow
        points={[
          [210, 228],
          [210, 252],
        ]}
        tone="accent"
        width={3}
      />
      <Arrow
        points={[
          [210, 294],
          [210, 336],
        ]}
        tone="accent"
        width={3}
      />
    </DiagramFrame>
  );
}
