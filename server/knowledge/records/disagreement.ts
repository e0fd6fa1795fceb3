import { z } from 'zod';
import { Citation, Id, PartialDate } from './primitives';

export const Disagreement = z
  .object({
    id: Id,
    subject: Id.describe('The record the sources disagree about.'),
    field: z.string().min(1).describe('What they disagree on: name, title, sub-task force, rank...'),
    variants: z
      .array(
        z
          .object({
            value: z.string().min(1),
            asOf: PartialDate.optional(),
            sources: z.array(Citation).min(1),
          })
          .strict(),
      )
      .min(2),
    note: z.string().min(1),
  })
  .strict();

export type Disagreement = z.infer<typeof Disagreement>;
