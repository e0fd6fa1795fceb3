import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of each kind the dataset holds.' })
export class DatasetCounts {
  @Field(() => Int, { description: 'Source papers.' })
  sources!: number;
  @Field(() => Int)
  places!: number;
  @Field(() => Int, { description: 'Organisations, task forces and sub-task forces included.' })
  organizations!: number;
  @Field(() => Int, { description: 'Legal instruments and policy documents.' })
  instruments!: number;
  @Field(() => Int, { description: 'Cited articles of the instruments.' })
  articles!: number;
  @Field(() => Int, { description: 'Steps of the vocabulary, the four pillars included.' })
  steps!: number;
  @Field(() => Int, { description: 'Posts organisations hold in task forces, sub-task forces and alliances.' })
  memberships!: number;
  @Field(() => Int)
  mandates!: number;
  @Field(() => Int)
  referralPaths!: number;
  @Field(() => Int)
  partnerships!: number;
  @Field(() => Int, { description: 'Documented gaps.' })
  gaps!: number;
  @Field(() => Int)
  statistics!: number;
  @Field(() => Int, { description: 'Places where the sources disagree.' })
  disagreements!: number;
  @Field(() => Int, { description: 'What the sources visibly leave open.' })
  knownUnknowns!: number;
  @Field(() => Int, { description: "The papers' findings on the context (drivers, routes, reporting barriers…)." })
  findings!: number;
}

@ObjectType({
  description:
    'The version of the dataset this server answers from: cite it with `version` and `date`. The same version and ' +
    'date are printed in every bulk download at /data/.',
})
export class Dataset {
  @Field({
    description:
      "The curators' release (semver) plus the first 12 hex digits of the content hash, e.g. 1.0.0+1a2b3c4d5e6f: " +
      'any change of content changes it.',
  })
  version!: string;

  @Field({ description: 'The release (semver) alone, as raised by the curators.' })
  release!: string;

  @Field({ description: 'The release day, YYYY-MM-DD.' })
  date!: string;

  @Field({ description: 'SHA-256 of the canonical JSON of every record, in hex.' })
  contentHash!: string;

  @Field(() => DatasetCounts)
  counts!: DatasetCounts;

  @Field({ description: 'Where the bulk downloads (CSV, JSON, HSDS, Popolo) of this dataset are listed.' })
  downloadsPath!: string;
}
