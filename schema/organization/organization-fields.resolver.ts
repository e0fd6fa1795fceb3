import { Arg, ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Organization as OrganizationRecord } from '../../server/knowledge/model';
import { assertDay } from '../../server/knowledge/dates';
import type { RequestContext } from '../common/context';
import { FactResolver, toLocalizedText } from '../common/fact.resolver';
import { LABEL_OF } from '../common/labels';
import { Disagreement } from '../gap/disagreement.type';
import { LocalizedText } from '../common/common.types';
import { Region } from '../region/region.type';
import { Organization } from './organization.type';
import { Instrument } from '../instrument/instrument.type';
import { LegalBasis } from '../instrument/legal-basis.type';
import { Mandate } from '../mandate/mandate.type';
import { Membership } from '../membership/membership.type';
import { Partnership } from '../partnership/partnership.type';
import { isValidOn } from '../../server/knowledge/dates';
import { describeOutsideAsOf } from '../../server/knowledge/date-notice';
import { PostList } from '../membership/membership.type';

/** The fields an organisation has, shared by the Organization and TaskForce types. */
export function OrganizationFields<T extends object>(objectType: ClassType<T>) {
  @Resolver(() => objectType)
  abstract class OrganizationFieldsResolver extends FactResolver<T, OrganizationRecord>(
    objectType,
    LABEL_OF.organization,
  ) {
    @FieldResolver(() => LocalizedText)
    name(@Root() o: OrganizationRecord) {
      return toLocalizedText(o.name);
    }

    @FieldResolver(() => [String])
    acronyms(@Root() o: OrganizationRecord): string[] {
      return o.acronyms ?? [];
    }

    @FieldResolver(() => [String])
    aliases(@Root() o: OrganizationRecord): string[] {
      return o.aliases ?? [];
    }

    @FieldResolver(() => LocalizedText, { nullable: true })
    description(@Root() o: OrganizationRecord) {
      return toLocalizedText(o.description);
    }

    @FieldResolver(() => Region, { nullable: true })
    area(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return o.area === undefined ? null : ctx.loaders.place(o.area);
    }

    @FieldResolver(() => Region, { nullable: true })
    location(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return o.location === undefined ? null : ctx.loaders.place(o.location);
    }

    @FieldResolver(() => Organization, { nullable: true })
    parent(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return o.parent === undefined ? null : ctx.loaders.organization.load(o.parent);
    }

    @FieldResolver(() => [Organization])
    units(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.childOrganizations.load(o.id);
    }

    @FieldResolver(() => LegalBasis, {
      nullable: true,
      description: 'The instrument (and article) that establishes it, when stated.',
    })
    establishedBy(@Root() o: OrganizationRecord) {
      return o.establishedBy ?? null;
    }

    @FieldResolver(() => [Membership], { description: 'Posts it holds in task forces, sub-task forces and alliances.' })
    memberships(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.membershipsByMember.load(o.id);
    }

    @FieldResolver(() => PostList, {
      description:
        'Every post the organisation and its units (at any depth) hold, in every task force: the police units of a resort in one list. With `asOf` (YYYY-MM-DD) only those valid that day, and `outsideAsOf` says what that left out.',
    })
    async allPosts(
      @Root() o: OrganizationRecord,
      @Ctx() ctx: RequestContext,
      @Arg('asOf', () => String, { nullable: true }) asOf?: string,
    ) {
      const all = await ctx.loaders.membershipsOfOrganizationTree.load(o.id);
      if (asOf == null) return { asOf: null, nodes: all, outsideAsOf: null };
      const day = assertDay(asOf);
      const instruments = {
        getInstruments: async (ids: readonly string[]) =>
          (await ctx.loaders.instrument.loadMany(ids)).map((i) => (i instanceof Error ? null : i)),
      };
      return {
        asOf: day,
        nodes: all.filter((m) => isValidOn(day, m.validFrom, m.validTo)),
        outsideAsOf: await describeOutsideAsOf(instruments, all, day, {
          one: 'post',
          many: 'posts',
          verb: 'held under',
        }),
      };
    }

    @FieldResolver(() => [Membership], {
      description: 'Posts held in it (for a task force, sub-task force or alliance).',
    })
    members(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.membershipsByGroup.load(o.id);
    }

    @FieldResolver(() => [Mandate], {
      description: 'Its mandates; with `asOf` (YYYY-MM-DD) only those valid that day.',
    })
    async mandates(
      @Root() o: OrganizationRecord,
      @Ctx() ctx: RequestContext,
      @Arg('asOf', () => String, { nullable: true }) asOf?: string,
    ) {
      const all = await ctx.loaders.mandatesByOrganization.load(o.id);
      if (asOf == null) return all;
      const day = assertDay(asOf);
      return all.filter((m) => isValidOn(day, m.validFrom, m.validTo));
    }

    @FieldResolver(() => [Partnership])
    partnerships(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.partnershipsByOrganization.load(o.id);
    }

    @FieldResolver(() => [Instrument], { description: 'Instruments it issued.' })
    instrumentsIssued(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.instrumentsByIssuer.load(o.id);
    }

    @FieldResolver(() => [Disagreement], { description: 'Where the sources disagree about it.' })
    disagreements(@Root() o: OrganizationRecord, @Ctx() ctx: RequestContext) {
      return ctx.loaders.disagreementsBySubject.load(o.id);
    }
  }
  return OrganizationFieldsResolver;
}
