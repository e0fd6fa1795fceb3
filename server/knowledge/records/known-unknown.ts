import { z } from 'zod';
import { Id, LocalizedText, provenance } from './primitives';

export const KnownUnknownKind = z.enum([
  'head-not-named',
  'members-not-published',
  'known-only-by-mention',
  'acronym-not-expanded',
  'penalties-not-stated',
  'date-not-stated',
  'duties-not-stated',
  'actor-not-named',
  'position-not-stated',
  'area-not-stated',
  'source-not-named',
]);

/**
 * What the sources visibly leave open, with what they do say: "not stated in the sources" as an answer a client can
 * show. `basis` and `sources` are about `known`; the absence itself was checked against all five papers.
 */
export const KnownUnknown = z
  .object({
    id: Id,
    kind: KnownUnknownKind,
    about: z.array(Id).min(1).describe('The records the open question concerns.'),
    area: Id.describe('The place the question is about.'),
    question: LocalizedText.describe('What the sources leave open, as a question.'),
    known: LocalizedText.describe('What the sources do say about it.'),
    ...provenance,
  })
  .strict();

export type KnownUnknown = z.infer<typeof KnownUnknown>;
