import { z } from 'zod';

/** The five source papers. Bibliographic data only: no author names (see seed/README.md). */
export const SourceDocument = z
  .object({
    file: z.string(),
    title: z.string().min(1),
    year: z.number().int().optional(),
    venue: z.string().optional(),
    doi: z.string().optional(),
    scope: z.string().min(1).describe('What the paper is mainly about and where its data come from.'),
  })
  .strict();

export type SourceDocument = z.infer<typeof SourceDocument>;
