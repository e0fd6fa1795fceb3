import type { KnowledgeStore } from '../knowledge-store.port';
import type { ReferralPath } from '../model';
import { Page, pageOf } from '../pagination';
import { ReferenceChecker } from '../reference-checker';
import { getOrThrow } from './lookup';

export class ReferralPathService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  async referralPaths(
    args: { region?: string | null; step?: string | null },
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<ReferralPath>> {
    const placeId = args.region == null ? undefined : await this.checker.assertRegion(args.region);
    const stepId = args.step == null ? undefined : await this.checker.assertStep(args.step);
    return pageOf(await this.store.findReferralPaths({ placeId, stepId }), (p) => p.id, page);
  }

  async referralPath(idOrName: string): Promise<ReferralPath> {
    const id = (await this.checker.names.resolve(idOrName, ['referralPath']))?.id ?? idOrName;
    const [found] = await this.store.getReferralPaths([id]);
    return getOrThrow(found, 'referral path', id, 'query `referralPaths` for the path ids');
  }
}
