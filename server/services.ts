import type { KnowledgeStore } from './knowledge/knowledge-store.port';
import type { DatasetRelease } from './knowledge/dataset-version';
import { readRelease } from '../seed/release';
import { DatasetService } from './knowledge/services/dataset.service';
import { ReferenceChecker } from './knowledge/reference-checker';
import { ContextService } from './knowledge/services/context.service';
import { FactListService } from './knowledge/services/fact-list.service';
import { InstrumentService } from './knowledge/services/instrument.service';
import { NodeService } from './knowledge/services/node.service';
import { OrganizationService } from './knowledge/services/organization.service';
import { ReferralPathService } from './knowledge/services/referral-path.service';
import { RegionService } from './knowledge/services/region.service';
import { ResponsibilityService } from './knowledge/services/responsibility.service';
import { SearchService } from './knowledge/services/search.service';
import { SourceDocumentService } from './knowledge/services/source-document.service';
import { StepService } from './knowledge/services/step.service';

/** Every use case, wired to one store; the release stamp defaults to seed/data/release.yaml. */
export function createServices(store: KnowledgeStore, release: DatasetRelease = readRelease()) {
  const checker = new ReferenceChecker(store);
  return {
    steps: new StepService(store),
    regions: new RegionService(store, checker),
    search: new SearchService(store),
    organizations: new OrganizationService(store, checker),
    instruments: new InstrumentService(store, checker),
    responsibilities: new ResponsibilityService(store, checker),
    referralPaths: new ReferralPathService(store, checker),
    nodes: new NodeService(checker.names),
    factLists: new FactListService(store, checker),
    sources: new SourceDocumentService(store),
    context: new ContextService(store, checker),
    dataset: new DatasetService(store, release),
  };
}

export type Services = ReturnType<typeof createServices>;
