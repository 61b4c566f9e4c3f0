import { use } from 'react';
import { descriptionLoaders } from 'virtual:course-descriptions';
import { track } from '../../lib/tracked-promise';

/** A module's lesson descriptions, by lesson id. */
export type ModuleDescriptions = Readonly<Record<string, string>>;

const loaded = new Map<string, Promise<ModuleDescriptions>>();
const none: ModuleDescriptions = {};

/**
 * A module's lesson descriptions, from a chunk of their own: the outline every page loads leaves
 * them out (they are its largest part). Fetched once; never rejects: when the chunk cannot be
 * fetched, the module page lists its lessons without them, and the next visit tries again.
 */
export function loadModuleDescriptions(moduleSlug: string): Promise<ModuleDescriptions> {
  let promise = loaded.get(moduleSlug);
  if (!promise) {
    // Any path can name a module (/constructor…): only the course's own modules have a loader.
    const loader = Object.hasOwn(descriptionLoaders, moduleSlug) ? descriptionLoaders[moduleSlug] : undefined;
    promise = track(
      loader
        ? loader().then(
            (module) => module.default,
            () => {
              loaded.delete(moduleSlug);
              return none;
            },
          )
        : Promise.resolve(none),
    );
    loaded.set(moduleSlug, promise);
  }
  return promise;
}

/** Suspends until the module's descriptions are here (at once when they were loaded ahead, before hydrating). */
export function useModuleDescriptions(moduleSlug: string): ModuleDescriptions {
  return use(loadModuleDescriptions(moduleSlug));
}
