import { outline } from 'virtual:course-outline';
import { useParams } from 'react-router';
import { useModuleDescriptions } from '../../features/course/module-descriptions';
import { ModulePage } from '../../features/course/module-page';
import { findModule } from '../../features/course/outline';
import { useProgressLookup } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';
import { NotFoundRoute } from './not-found-route';

export function ModuleRoute() {
  const { moduleSlug = '' } = useParams();
  const module = findModule(outline, moduleSlug);
  usePageTitle(module?.title ?? null);
  const lookup = useProgressLookup();
  const descriptions = useModuleDescriptions(moduleSlug);
  if (!module) return <NotFoundRoute />;
  return (
    <ModulePage
      module={module}
      position={outline.modules.indexOf(module) + 1}
      lookup={lookup}
      descriptions={descriptions}
    />
  );
}
