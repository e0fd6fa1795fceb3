import { FactListResolver } from './fact-list/fact-list.resolver';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Services } from '../server/services';
import { ArticleResolver } from './instrument/article.resolver';
import { ContextFields, FindingResolver, KnownUnknownResolver } from './context/context.resolver';
import { CoverageResolver } from './coverage/coverage.resolver';
import { DisagreementResolver, GapResolver, StatisticResolver } from './gap/gap.resolver';
import { InstrumentResolver } from './instrument/instrument.resolver';
import { LegalBasisResolver } from './instrument/legal-basis.resolver';
import { MandateResolver } from './mandate/mandate.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { NodeResolver } from './node/node.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PartnershipResolver } from './partnership/partnership.resolver';
import { ReferralPathResolver, ReferralStepResolver } from './referral-path/referral-path.resolver';
import { RegionResolver } from './region/region.resolver';
import { ResponsibilityResolver } from './mandate/responsibility.resolver';
import { LegalBasisReportResolver } from './mandate/legal-basis-report.resolver';
import { SearchResolver } from './search/search.resolver';
import { StepResolver } from './step/step.resolver';
import { TaskForceResolver } from './task-force/task-force.resolver';
import { SourceDocumentResolver, SourceResolver } from './source/source-document.resolver';
import { Organization } from './organization/organization.type';
import { TaskForce } from './task-force/task-force.type';
import { Instrument } from './instrument/instrument.type';
import { Region } from './region/region.type';
import { Statistic } from './gap/gap.type';
import { ReferralPath } from './referral-path/referral-path.type';
import { Partnership } from './partnership/partnership.type';

/** The types whose records known unknowns and findings can concern: each gets `knownUnknowns` and `findings`. */
const CONTEXT_FIELDS = [
  ContextFields(Organization),
  ContextFields(TaskForce),
  ContextFields(Instrument),
  ContextFields(Region),
  ContextFields(Statistic),
  ContextFields(ReferralPath),
  ContextFields(Partnership),
];
import { DatasetResolver } from './dataset/dataset.resolver';
import { treatNullArgumentsAsAbsent } from './common/null-arguments';

/** Builds the executable schema; resolvers get their services by hand (no DI framework needed). */
export async function buildKnowledgeSchema(services: Services): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>([
    [StepResolver, new StepResolver(services.steps)],
    [RegionResolver, new RegionResolver(services.regions)],
    [SearchResolver, new SearchResolver(services.search)],
    [OrganizationResolver, new OrganizationResolver(services.organizations)],
    [TaskForceResolver, new TaskForceResolver(services.organizations)],
    [PartnershipResolver, new PartnershipResolver(services.organizations)],
    [InstrumentResolver, new InstrumentResolver(services.instruments)],
    [ResponsibilityResolver, new ResponsibilityResolver(services.responsibilities)],
    [LegalBasisReportResolver, new LegalBasisReportResolver(services.responsibilities)],
    [CoverageResolver, new CoverageResolver(services.responsibilities)],
    [ReferralPathResolver, new ReferralPathResolver(services.referralPaths)],
    [NodeResolver, new NodeResolver(services.nodes)],
    [SourceDocumentResolver, new SourceDocumentResolver(services.sources)],
    [KnownUnknownResolver, new KnownUnknownResolver(services.context)],
    [FindingResolver, new FindingResolver(services.context)],
    [FactListResolver, new FactListResolver(services.factLists)],
    [DatasetResolver, new DatasetResolver(services.dataset)],
  ]);
  const stateless = [
    SourceResolver,
    ArticleResolver,
    LegalBasisResolver,
    MembershipResolver,
    MandateResolver,
    ReferralStepResolver,
    GapResolver,
    StatisticResolver,
    DisagreementResolver,
    ...CONTEXT_FIELDS,
  ];
  for (const resolver of stateless) instances.set(resolver, new resolver());

  return buildSchema({
    resolvers: [...instances.keys()] as [Function, ...Function[]],
    container: { get: (cls) => instances.get(cls) },
    validate: false,
  }).then(treatNullArgumentsAsAbsent);
}
