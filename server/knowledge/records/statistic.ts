import { z } from 'zod';
import { Id, LocalizedText, PartialDate, provenance } from './primitives';

export const Statistic = z
  .object({
    id: Id,
    indicator: LocalizedText,
    value: z.number(),
    valueAsPrinted: z.string().optional(),
    unit: z.string().min(1),
    year: z.number().int().optional(),
    periodFrom: PartialDate.optional(),
    periodTo: PartialDate.optional(),
    place: Id,
    reportedBy: Id.optional().describe('The organisation the source attributes the figure to.'),
    about: Id.optional().describe('The organisation the figure is about, if any.'),
    ...provenance,
  })
  .strict();

export type Statistic = z.infer<typeof Statistic>;
