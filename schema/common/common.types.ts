import { Field, ID, InterfaceType, ObjectType, Arg, Int } from 'type-graphql';
import { BasisEnum, LanguageEnum, Language } from './enums';

@InterfaceType({
  description: 'Anything with an id: fetch it again with `node(id)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id (kebab-case), unique across the whole knowledge base.' })
  id!: string;

  @Field(() => String, {
    description: 'Display name in the requested language (default: the Accept-Language header, else English).',
  })
  label(@Arg('lang', () => LanguageEnum, { nullable: true }) _lang?: Language): string {
    throw new Error('resolved by each type');
  }
}

@ObjectType({ description: 'A text in Indonesian and/or English.' })
export class LocalizedText {
  @Field(() => String, {
    nullable: true,
    description: 'Bahasa Indonesia. Where the source is Indonesian, its original wording.',
  })
  indonesian!: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  english!: string | null;
}

@ObjectType({ description: 'One of the source papers the knowledge base is built from.' })
export class SourceDocument {
  @Field({ description: 'File name of the paper in the sources folder.' })
  file!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Journal or publisher.' })
  venue?: string;

  @Field(() => String, { nullable: true })
  doi?: string;

  @Field({ description: 'What the paper is mainly about and where its data come from.' })
  scope!: string;
}

@ObjectType({ description: 'Where a fact comes from: a source paper, the lines, and a short verbatim quote.' })
export class Source {
  @Field({ description: 'File name of the source paper.' })
  file!: string;

  @Field({ description: 'Line or line range in the file, e.g. L79 or L120-122.' })
  locator!: string;

  @Field({ description: 'Verbatim quote from those lines.' })
  quote!: string;

  @Field(() => BasisEnum, { description: 'Whether the fact is stated by the source or inferred from it.' })
  basis!: string;

  @Field(() => SourceDocument, { nullable: true, description: 'The paper.' })
  document?: SourceDocument;
}

/**
 * The citation every part of a record carries (a duty, a referral step, a relation between instruments): whether it
 * is stated or inferred, a note, and its sources. A base class only: no field returns it, so the schema does not list
 * it; each part's type gets these three fields as its own.
 */
@ObjectType('CitedPart')
export abstract class CitedPart {
  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => [Source])
  sources!: Source[];
}

@ObjectType({
  description:
    'What a dated answer left out because it holds only on other days, said out loud: a date never empties an answer silently.',
})
export class OutsideAsOf {
  @Field(() => Int, { description: 'How many records match the question but are not valid on the day asked about.' })
  count!: number;

  @Field({
    description:
      'For example "11 mandates resting on Kepbup 126/KEP/HK/II/2023 (valid 2023-02-20 to open) are not valid on 2019-01-01".',
  })
  message!: string;
}

@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the first item; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque cursor of the last item: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@InterfaceType('Fact', {
  implements: Node,
  description:
    'An entity that is a cited fact: every fact says whether it is stated or inferred, and cites its sources.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class FactNode extends Node {
  @Field(() => BasisEnum, { description: 'STATED when the cited source says it, INFERRED when it is a reading of it.' })
  basis!: string;

  @Field(() => String, { nullable: true, description: "Curator's note: how it is inferred, caveats, [sic] readings." })
  note?: string;

  @Field(() => [Source], { description: 'Where the fact comes from.' })
  sources!: Source[];
}

@InterfaceType('DatedFact', {
  implements: [Node, FactNode],
  description: 'A cited fact that holds for a period.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class DatedFactNode extends FactNode {
  @Field(() => String, {
    nullable: true,
    description: 'From when it holds (YYYY, YYYY-MM or YYYY-MM-DD); null: not stated.',
  })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Until when it holds; null: open or not stated.' })
  validTo?: string;
}
