/**
 * The simulated Docker engine of the labs (issue #15): a pure core, no React, no DOM, no clock
 * or randomness of its own. Loaded only by the lab chunk.
 */
import { SimulatedEngine } from './engine.ts';
import type { Engine, EngineOptions, LabSetup } from './types.ts';

export type {
  BuildView,
  Completion,
  ContainerStatus,
  ContainerView,
  Engine,
  EngineOptions,
  EngineView,
  LabSetup,
  NetworkView,
  RunResult,
  VolumeView,
} from './types.ts';
export {
  DEFAULT_START,
  MAX_HOST_FILE_BYTES,
  MAX_HOST_FILES,
  MAX_LINE_BYTES,
  MAX_OUTPUT_LINES,
  isKnownImage,
  knownImages,
} from './engine.ts';
export { LIMITS } from './runtime.ts';

export function createEngine(setup?: LabSetup, options?: EngineOptions): Engine {
  return new SimulatedEngine(setup, options);
}
