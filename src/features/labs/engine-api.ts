/**
 * The simulated engine as the labs see it (CONTRACT-engine.md, section 2). The labs' own code is
 * typed against these names only; the engine's core lives in ./engine.
 */
export type {
  Completion,
  ContainerStatus,
  ContainerView,
  Engine,
  EngineOptions,
  EngineView,
  LabSetup,
  RunResult,
} from './engine/index';
