/**
 * The lesson sections the findings link to, in one place: `lessons.test.ts` reads the course and fails if a
 * lesson or a heading's anchor named here no longer exists, so a renamed heading never leaves a dead link.
 */
import type { LessonLink } from './finding';

function section(lesson: string, anchor: string): LessonLink {
  return { path: `/conteneurisation/${lesson}`, anchor };
}

export const lessons = {
  dockerfileRecipe: section('dockerfile', 'une-recette-pour-fabriquer-une-image'),
  layers: section('dockerfile', 'instructions-et-couches'),
  instructions: section('dockerfile', 'les-instructions-qui-construisent-limage'),
  from: section('dockerfile', 'from-limage-de-base'),
  arg: section('dockerfile', 'arg-une-variable-de-build'),
  env: section('dockerfile', 'env-une-variable-qui-reste'),
  label: section('dockerfile', 'label-des-métadonnées'),
  workdir: section('dockerfile', 'workdir-le-répertoire-de-travail'),
  copyAdd: section('dockerfile', 'copy-et-add-apporter-des-fichiers'),
  run: section('dockerfile', 'run-exécuter-pendant-la-construction'),
  shell: section('dockerfile', 'shell-changer-de-shell'),
  runtime: section('dockerfile', 'décrire-lexécution'),
  expose: section('dockerfile', 'expose-documenter-un-port'),
  user: section('dockerfile', 'user-ne-pas-tourner-en-root'),
  healthcheck: section('dockerfile', 'healthcheck-un-test-de-santé'),
  baseImage: section('bonnes-pratiques', 'partir-dune-base-saine'),
  fewLayers: section('bonnes-pratiques', 'installer-le-minimum-en-peu-de-couches'),
  leastPrivilege: section('bonnes-pratiques', 'le-moindre-privilège'),
  noSecrets: section('bonnes-pratiques', 'aucun-secret-dans-limage'),
  multiStage: section('bonnes-pratiques', 'le-build-multi-stage'),
  tags: section('images-registre', 'tags-et-digests'),
  composeIntro: section('docker-compose', 'une-pile-décrite-dans-un-fichier'),
  composeFile: section('docker-compose', 'le-fichier-composeyaml-du-tp'),
  composeNetwork: section('docker-compose', 'réseau-et-noms-de-services'),
  composeComplete: section('compose-application', 'le-fichier-composeyaml-complet'),
  composeHealthy: section('compose-application', 'attendre-quun-service-soit-prêt'),
  namedVolumes: section('volumes', 'les-volumes-nommés'),
  publishPort: section('reseau', 'publier-un-port'),
  yamlSyntax: section('json-yaml', 'la-syntaxe-de-yaml'),
  yamlPitfalls: section('json-yaml', 'les-pièges-de-yaml'),
} as const satisfies Record<string, LessonLink>;
