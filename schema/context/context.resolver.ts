import {
  Arg,
  Args,
  ArgsType,
  ClassType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Finding as FindingRecord, KnownUnknown as KnownUnknownRecord } from '../../server/knowledge/model';
import { ContextService } from '../../server/knowledge/services/context.service';
import type { RequestContext } from '../common/context';
import { Connection, toConnection } from '../common/connection';
import { FindingKindEnum, KnownUnknownKindEnum } from '../common/enums';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { resolveNode } from '../node/resolve-node';
import { Finding, KnownUnknown } from './context.types';

export const KnownUnknownConnection = Connection(
  'KnownUnknown',
  KnownUnknown,
  'A page of known unknowns, sorted by id.',
);
export const FindingConnection = Connection('Finding', Finding, 'A page of findings, sorted by id.');

@ArgsType()
class ContextArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only those about this place, a place within it or a place above it.',
  })
  region?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only those concerning this record (an organisation, instrument...).',
  })
  about?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class KnownUnknownsArgs extends ContextArgs {
  @Field(() => [KnownUnknownKindEnum], { nullable: true })
  kinds?: KnownUnknownRecord['kind'][];
}

@ArgsType()
export class FindingsArgs extends ContextArgs {
  @Field(() => [FindingKindEnum], { nullable: true })
  kinds?: FindingRecord['kind'][];

  @Field(() => ID, { nullable: true, description: 'Only findings that bear on this step.' })
  step?: string;
}

const nodesOf = async (ids: string[] | undefined, ctx: RequestContext) =>
  (await Promise.all((ids ?? []).map((id) => resolveNode(id, ctx)))).filter((n) => n !== null);

@Resolver(() => KnownUnknown)
export class KnownUnknownResolver extends FactResolver<KnownUnknown, KnownUnknownRecord>(
  KnownUnknown,
  LABEL_OF.knownUnknown,
) {
  constructor(private readonly context: ContextService) {
    super();
  }

  @Query(() => KnownUnknown, { description: 'One known unknown. Unknown ids fail with NOT_FOUND.' })
  knownUnknown(@Arg('id', () => ID) id: string): Promise<KnownUnknownRecord> {
    return this.context.knownUnknown(id);
  }

  @Query(() => KnownUnknownConnection, {
    description: 'What the sources leave open, matching every filter given: "not stated in the sources", answered.',
  })
  async knownUnknowns(@Args() { first, after, ...filter }: KnownUnknownsArgs) {
    return toConnection(await this.context.knownUnknowns(filter, { first, after }));
  }

  @FieldResolver()
  about(@Root() k: KnownUnknownRecord, @Ctx() ctx: RequestContext) {
    return nodesOf(k.about, ctx);
  }

  @FieldResolver()
  region(@Root() k: KnownUnknownRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(k.area);
  }

  @FieldResolver()
  question(@Root() k: KnownUnknownRecord) {
    return toLocalizedText(k.question);
  }

  @FieldResolver()
  known(@Root() k: KnownUnknownRecord) {
    return toLocalizedText(k.known);
  }
}

@Resolver(() => Finding)
export class FindingResolver extends FactResolver<Finding, FindingRecord>(Finding, LABEL_OF.finding) {
  constructor(private readonly context: ContextService) {
    super();
  }

  @Query(() => Finding, { description: 'One finding. Unknown ids fail with NOT_FOUND.' })
  finding(@Arg('id', () => ID) id: string): Promise<FindingRecord> {
    return this.context.finding(id);
  }

  @Query(() => FindingConnection, { description: "The papers' findings on the context, matching every filter given." })
  async findings(@Args() { first, after, ...filter }: FindingsArgs) {
    return toConnection(await this.context.findings(filter, { first, after }));
  }

  @FieldResolver()
  about(@Root() f: FindingRecord, @Ctx() ctx: RequestContext) {
    return nodesOf(f.about, ctx);
  }

  @FieldResolver()
  region(@Root() f: FindingRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(f.area);
  }

  @FieldResolver()
  statement(@Root() f: FindingRecord) {
    return toLocalizedText(f.statement);
  }

  @FieldResolver()
  async steps(@Root() f: FindingRecord, @Ctx() ctx: RequestContext) {
    return (await Promise.all((f.steps ?? []).map((s) => ctx.loaders.step(s)))).filter((s) => s !== null);
  }
}

/**
 * `knownUnknowns` and `findings` on the types whose records they concern, so a client showing an organisation can
 * show, next to what is known, what the sources leave open about it.
 */
export function ContextFields<T extends object>(objectType: ClassType<T>) {
  @Resolver(() => objectType)
  class ContextFieldsResolver {
    @FieldResolver(() => [KnownUnknown], { description: 'What the sources leave open about this record.' })
    knownUnknowns(@Root() r: { id: string }, @Ctx() ctx: RequestContext) {
      return ctx.loaders.knownUnknownsAbout.load(r.id);
    }

    @FieldResolver(() => [Finding], { description: "The papers' findings that concern this record." })
    findings(@Root() r: { id: string }, @Ctx() ctx: RequestContext) {
      return ctx.loaders.findingsAbout.load(r.id);
    }
  }
  return ContextFieldsResolver;
}
