/**
 * The French (default) and English sentences of the Docker command checker: parse errors and
 * the differences between an expected command and the one given. The quiz merges them into its
 * catalogue; the parser builds its French sentences from them.
 */

const fr = {
  'quiz.cmd.empty': 'Tapez une commande, par exemple `docker ps`.',
  'quiz.cmd.notDocker': 'La commande doit commencer par `docker` (ou `docker compose`), pas par `{given}`.',
  'quiz.cmd.unterminatedQuote': 'Un guillemet `{quote}` n’est pas refermé : ajoutez le guillemet fermant.',
  'quiz.cmd.shellOperator':
    'L’opérateur `{operator}` n’est pas accepté ici : tapez une seule commande docker, sans redirection ni enchaînement.',
  'quiz.cmd.unknownCommand': '`{given}` n’est pas une commande docker prise en charge ici.',
  'quiz.cmd.missingSubcommand': 'Il manque la sous-commande après `{group}`.',
  'quiz.cmd.unknownOption': 'L’option `{option}` n’existe pas pour `{command}` (ou n’est pas prise en charge ici).',
  'quiz.cmd.missingValue': 'L’option `{option}` attend une valeur.',
  'quiz.cmd.unexpectedValue': 'L’option `{option}` ne prend pas de valeur.',
  'quiz.cmd.missingArgument': 'Il manque {what} après `{command}`.',
  'quiz.cmd.tooManyArguments': 'L’argument `{given}` est de trop pour `{command}`.',
  'quiz.cmd.missingContainerCommand':
    'Il manque la commande à exécuter dans le conteneur, après son nom (`{command} mon-conteneur ls`).',
  'quiz.cmd.wrongCommand': 'Ce n’est pas la bonne commande : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.missingOption': 'Il manque l’option `{option}`.',
  'quiz.cmd.unexpectedOption': 'L’option `{option}` n’est pas demandée.',
  'quiz.cmd.wrongOptionValue': 'La valeur de `{option}` ne convient pas : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.missingOptionValue': 'Il manque `{option}`.',
  'quiz.cmd.unexpectedOptionValue': '`{option}` n’est pas demandé.',
  'quiz.cmd.portReversed': 'La publication de port est inversée : l’hôte d’abord, puis le conteneur ({expected}).',
  'quiz.cmd.wrongImage': 'Ce n’est pas la bonne image : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.wrongTag': 'Le tag de l’image ne convient pas : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.wrongArgument': 'Mauvaise valeur pour {what} : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.missingArgumentValue': 'Il manque {what} `{expected}`.',
  'quiz.cmd.unexpectedArgument': 'L’argument `{given}` est de trop.',
  'quiz.cmd.missingCommandArgs': 'Il manque la commande à exécuter dans le conteneur : `{expected}`.',
  'quiz.cmd.unexpectedCommandArgs': 'La commande `{given}` lancée dans le conteneur n’est pas demandée.',
  'quiz.cmd.wrongCommandArgs':
    'La commande lancée dans le conteneur ne convient pas : on attend `{expected}`, pas `{given}`.',
  'quiz.cmd.kind.image': 'l’image',
  'quiz.cmd.kind.container': 'le conteneur',
  'quiz.cmd.kind.context': 'le contexte de build',
  'quiz.cmd.kind.volume': 'le volume',
  'quiz.cmd.kind.network': 'le réseau',
  'quiz.cmd.kind.service': 'le service',
  'quiz.cmd.kind.reference': 'le dépôt',
} as const satisfies Record<string, string>;

export type CommandMessageKey = keyof typeof fr;

const en: Record<CommandMessageKey, string> = {
  'quiz.cmd.empty': 'Type a command, for example `docker ps`.',
  'quiz.cmd.notDocker': 'The command must start with `docker` (or `docker compose`), not `{given}`.',
  'quiz.cmd.unterminatedQuote': 'A `{quote}` quote is not closed: add the closing quote.',
  'quiz.cmd.shellOperator':
    'The `{operator}` operator is not accepted here: type a single docker command, without redirection or chaining.',
  'quiz.cmd.unknownCommand': '`{given}` is not a docker command supported here.',
  'quiz.cmd.missingSubcommand': 'A subcommand is missing after `{group}`.',
  'quiz.cmd.unknownOption': 'The `{option}` option does not exist for `{command}` (or is not supported here).',
  'quiz.cmd.missingValue': 'The `{option}` option needs a value.',
  'quiz.cmd.unexpectedValue': 'The `{option}` option takes no value.',
  'quiz.cmd.missingArgument': 'Missing {what} after `{command}`.',
  'quiz.cmd.tooManyArguments': 'The `{given}` argument is one too many for `{command}`.',
  'quiz.cmd.missingContainerCommand':
    'The command to run in the container is missing, after its name (`{command} my-container ls`).',
  'quiz.cmd.wrongCommand': 'This is not the right command: expected `{expected}`, not `{given}`.',
  'quiz.cmd.missingOption': 'The `{option}` option is missing.',
  'quiz.cmd.unexpectedOption': 'The `{option}` option was not asked for.',
  'quiz.cmd.wrongOptionValue': 'The value of `{option}` is wrong: expected `{expected}`, not `{given}`.',
  'quiz.cmd.missingOptionValue': '`{option}` is missing.',
  'quiz.cmd.unexpectedOptionValue': '`{option}` was not asked for.',
  'quiz.cmd.portReversed': 'The port mapping is reversed: host first, then container ({expected}).',
  'quiz.cmd.wrongImage': 'This is not the right image: expected `{expected}`, not `{given}`.',
  'quiz.cmd.wrongTag': 'The image tag is wrong: expected `{expected}`, not `{given}`.',
  'quiz.cmd.wrongArgument': 'Wrong value for {what}: expected `{expected}`, not `{given}`.',
  'quiz.cmd.missingArgumentValue': 'Missing {what} `{expected}`.',
  'quiz.cmd.unexpectedArgument': 'The `{given}` argument is one too many.',
  'quiz.cmd.missingCommandArgs': 'The command to run in the container is missing: `{expected}`.',
  'quiz.cmd.unexpectedCommandArgs': 'The `{given}` command run in the container was not asked for.',
  'quiz.cmd.wrongCommandArgs': 'The command run in the container is wrong: expected `{expected}`, not `{given}`.',
  'quiz.cmd.kind.image': 'the image',
  'quiz.cmd.kind.container': 'the container',
  'quiz.cmd.kind.context': 'the build context',
  'quiz.cmd.kind.volume': 'the volume',
  'quiz.cmd.kind.network': 'the network',
  'quiz.cmd.kind.service': 'the service',
  'quiz.cmd.kind.reference': 'the repository',
};

export const commandMessages: { fr: Record<CommandMessageKey, string>; en: Record<CommandMessageKey, string> } = {
  fr,
  en,
};
