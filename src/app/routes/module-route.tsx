import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useKnownOutline, useModuleLessons } from '../../features/course/known-outline';
import { useModuleDescriptions } from '../../features/course/module-descriptions';
import { ModulePage } from '../../features/course/module-page';
import { useProgressLookup } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';
import { NotFoundRoute } from './not-found-route';

export function ModuleRoute() {
  const { moduleSlug = '' } = useParams();
  const { frame } = useKnownOutline();
  const position = frame.modules.findIndex((candidate) => candidate.slug === moduleSlug);
  const frameModule = frame.modules[position];
  usePageTitle(frameModule?.title ?? null);
  const lookup = useProgressLookup();
  const descriptions = useModuleDescriptions(moduleSlug);
  const part = useModuleLessons(moduleSlug);
  const module = useMemo(
    () => (frameModule && part ? { ...frameModule, lessons: part.lessons } : undefined),
    [frameModule, part],
  );
  if (!module) return <NotFoundRoute />;
  return <ModulePage module={module} position={position + 1} lookup={lookup} descriptions={descriptions} />;
}
