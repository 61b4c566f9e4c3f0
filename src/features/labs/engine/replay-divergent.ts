/**
 * Recorded scenarios the simulated engine does not reproduce yet: the recordings arrived after the
 * engine's first version. Each one is replayed all the same and must still fail (`test.fails`): when
 * the engine learns to reproduce a scenario, its replay fails here until the id is removed from this list.
 * The list only shrinks; a new recording joins it only with a reason in docs/engine-fidelity.md.
 */
export const divergentScenarios: ReadonlySet<string> = new Set([
  'exec-options-and-stopped',
  'healthcheck-starting-healthy',
  'image-prune',
  'images-tag-rmi-history',
  'inspect-formats',
  'logs-tail-and-timestamps',
  'network-host-none',
  'run-interactive-stdin',
  'tmpfs-mount',
  'top-diff-cp',
]);
