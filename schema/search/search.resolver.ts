import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SearchHit as SearchHitRecord } from '../../server/knowledge/model';
import { SearchService } from '../../server/knowledge/services/search.service';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { SearchKindEnum } from '../common/enums';
import type { Language } from '../common/enums';
import { resolveNode } from '../node/resolve-node';
import { labelOf } from '../common/labels';
import { SearchHit } from './search.type';

export const SearchConnection = Connection('SearchHit', SearchHit, 'Search hits, best first.');

const PART_LABELS = {
  duty: { en: 'duty', id: 'tugas' },
  penalty: { en: 'penalty', id: 'sanksi' },
  referralStep: { en: 'step', id: 'langkah' },
} as const;

/** A part is labelled by its owner and its place in it: "Sub-Task Force … — duty a". */
function partLabel(hit: SearchHitRecord, ownerLabel: string, lang: Language): string {
  const part = PART_LABELS[hit.kind as keyof typeof PART_LABELS];
  const suffix = hit.id.slice(hit.id.lastIndexOf('#') + 1).replace(/^[a-z]+-/i, '');
  return `${ownerLabel} — ${part[lang]} ${suffix}`;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Find any record by the words in it, in Indonesian or English: names, acronyms, aliases and spelling variants, descriptions, duties, article summaries ("Pasal 58", "Art. 58", "UU 21/2007", "Law 21 of 2007"), penalties, gaps, statistics, referral steps, partnerships, posts and curators\' notes. Tolerates typos; exact acronyms and names rank first, then whole phrases, then the rest.',
  })
  async search(
    @Arg('text', { description: '2 to 200 characters.' }) text: string,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [SearchKindEnum], { nullable: true }) kinds?: SearchHitRecord['kind'][],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await this.searchService.search(text, { kinds }, { first, after });
    const connection = toConnection(page);
    const withNodes = async (hit: SearchHitRecord) => {
      const [node, owner] = await Promise.all([
        resolveNode(hit.recordId, ctx),
        hit.ownerId === null ? null : resolveNode(hit.ownerId, ctx),
      ]);
      const isPart = hit.kind in PART_LABELS;
      const label = isPart
        ? partLabel(hit, await labelOfId(hit.ownerId ?? hit.recordId, ctx), ctx.lang)
        : labelOf(hit.kind as never, node, ctx.lang);
      return { ...hit, node, owner, label };
    };
    const nodes = await Promise.all(connection.nodes.map(withNodes));
    return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }
}

async function labelOfId(id: string, ctx: RequestContext): Promise<string> {
  const kind = await ctx.loaders.kind.load(id);
  const node = await resolveNode(id, ctx);
  return kind === null || node === null ? id : labelOf(kind, node, ctx.lang);
}
