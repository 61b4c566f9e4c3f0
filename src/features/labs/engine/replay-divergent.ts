/**
 * Recorded scenarios the simulated engine does not reproduce yet: the recordings arrived after the
 * engine's first version. Each one is replayed all the same and must still fail (`test.fails`): when
 * the engine learns to reproduce a scenario, its replay fails here until the id is removed from this list.
 * The list only shrinks; a new recording joins it only with a reason in docs/engine-fidelity.md.
 */
export const divergentScenarios: ReadonlySet<string> = new Set([
  'env-workdir-user',
  'events-bounded',
  'exec-options-and-stopped',
  'expose-publishes-nothing',
  'healthcheck-starting-healthy',
  'http-by-name-and-refused',
  'image-prune',
  'images-tag-rmi-history',
  'inspect-formats',
  'invalid-container-name',
  'logs-tail-and-timestamps',
  'name-conflict-and-rename',
  'network-host-none',
  'network-lifecycle',
  'no-such-container',
  'pause-unpause',
  'port-already-allocated',
  'postgres-missing-password',
  'publish-port',
  'restart-always-unless-stopped',
  'restart-command',
  'run-interactive-stdin',
  'tmpfs-mount',
  'top-diff-cp',
  'user-network-dns',
]);
