import { Field, ObjectType } from 'type-graphql';
import { Article, Instrument } from './instrument.type';

@ObjectType({
  description: 'The legal basis of a mandate or post: an instrument and, when the sources cite one, an article.',
})
export class LegalBasis {
  @Field(() => Instrument)
  instrument!: Instrument;

  @Field(() => Article, {
    nullable: true,
    description: 'Null when the sources cite the instrument without an article.',
  })
  article?: Article;
}
