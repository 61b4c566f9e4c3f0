/**
 * The simulated Docker engine of the labs (issue #15): a pure core, no React, no DOM, no clock
 * or randomness of its own. Loaded only by the lab chunk.
 */
import { SimulatedEngine } from './engine';
import type { Engine, EngineOptions, LabSetup } from './types';

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
} from './types';
export {
  DEFAULT_START,
  MAX_HOST_FILE_BYTES,
  MAX_HOST_FILES,
  MAX_LINE_BYTES,
  MAX_OUTPUT_LINES,
  isKnownImage,
  knownImages,
} from './engine';
export { LIMITS } from './runtime';

export function createEngine(setup?: LabSetup, options?: EngineOptions): Engine {
  return new SimulatedEngine(setup, options);
}
