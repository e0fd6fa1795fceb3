import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Instrument as InstrumentRecord } from '../../server/knowledge/model';
import { InstrumentService } from '../../server/knowledge/services/instrument.service';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { InstrumentKindEnum } from '../common/enums';
import { FactResolver, toLocalizedText, withBasis } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Disagreement } from '../gap/disagreement.type';
import { Mandate } from '../mandate/mandate.type';
import { Organization } from '../organization/organization.type';
import { Instrument } from './instrument.type';
import { toArticleRoot } from './article.resolver';

export const InstrumentConnection = Connection('Instrument', Instrument, 'A page of legal instruments, sorted by id.');

@ArgsType()
export class InstrumentsArgs {
  @Field(() => [InstrumentKindEnum], { nullable: true })
  kinds?: InstrumentRecord['kind'][];

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Only instruments issued by this organisation.' })
  issuer?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@Resolver(() => Instrument)
export class InstrumentResolver extends FactResolver<Instrument, InstrumentRecord>(Instrument, LABEL_OF.instrument) {
  constructor(private readonly instrumentService: InstrumentService) {
    super();
  }

  @Query(() => Instrument, {
    description:
      'One legal instrument. Takes the id, or an exact name, alias, acronym or citation that names only one record ("TTU", "PLBN Motaain", "UU 21/2007"); an ambiguous name fails with AMBIGUOUS_NAME listing the candidates, an unknown one with NOT_FOUND.',
  })
  instrument(@Arg('id', () => ID) id: string): Promise<InstrumentRecord> {
    return this.instrumentService.instrument(id);
  }

  @Query(() => InstrumentConnection, { description: 'Legal instruments matching every filter given.' })
  async instruments(@Args() { first, after, ...filter }: InstrumentsArgs) {
    return toConnection(await this.instrumentService.instruments(filter, { first, after }));
  }

  @FieldResolver()
  title(@Root() i: InstrumentRecord) {
    return toLocalizedText(i.title);
  }

  @FieldResolver()
  summary(@Root() i: InstrumentRecord) {
    return toLocalizedText(i.summary);
  }

  @FieldResolver()
  titleVariants(@Root() i: InstrumentRecord): string[] {
    return i.titleVariants ?? [];
  }

  @FieldResolver()
  issuer(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return i.issuer === undefined ? null : ctx.loaders.organization.load(i.issuer);
  }

  @FieldResolver()
  jurisdiction(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.place(i.jurisdiction);
  }

  @FieldResolver()
  articles(@Root() i: InstrumentRecord) {
    return (i.articles ?? []).map((article) => toArticleRoot({ article, instrumentId: i.id }));
  }

  @FieldResolver()
  async penalties(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return Promise.all(
      (i.penalties ?? []).map(async (p) => ({
        text: toLocalizedText(p.text),
        basis: p.basis,
        article: p.article === undefined ? null : toArticleRoot(await ctx.loaders.article.load(p.article)),
        sources: withBasis(p.sources, p.basis),
      })),
    );
  }

  @FieldResolver()
  async relations(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    const { outgoing, incoming } = await ctx.loaders.instrumentRelations.load(i.id);
    const toView = (r: (typeof outgoing)[number], from: string, to: string) => ({
      type: r.type,
      basis: r.basis,
      note: r.note,
      from: ctx.loaders.instrument.load(from),
      to: ctx.loaders.instrument.load(to),
      sources: withBasis(r.sources, r.basis),
    });
    return [...outgoing.map((r) => toView(r, i.id, r.target)), ...incoming.map((r) => toView(r, r.source, i.id))];
  }

  @FieldResolver(() => [Mandate], { description: 'Mandates that rest on this instrument.' })
  mandatesGranted(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.mandatesByInstrument.load(i.id);
  }

  @FieldResolver(() => [Organization], { description: 'Organisations and task forces the sources say it establishes.' })
  establishes(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organizationsEstablishedBy.load(i.id);
  }

  @FieldResolver(() => [Disagreement])
  disagreements(@Root() i: InstrumentRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.disagreementsBySubject.load(i.id);
  }
}
