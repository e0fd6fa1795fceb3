import { z } from 'zod';

/**
 * Building blocks shared by every record kind of the dataset.
 * Every record carries its own provenance: the facts are only as good as their citations.
 */

/** Stable, readable, globally unique id: lowercase words joined by hyphens. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'an id is lowercase letters and digits joined by single hyphens, e.g. "dinas-sosial-ttu"',
  )
  .describe('Stable, readable, globally unique id (kebab-case).');

/** A whole or partial ISO date: 2018, 2018-04 or 2023-02-20. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('A whole or partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD.');

/** Text in Indonesian (`id`, ISO 639-1) and/or English (`en`). At least one is required. */
export const LocalizedText = z
  .object({
    id: z.string().min(1).optional().describe('Indonesian (Bahasa Indonesia).'),
    en: z.string().min(1).optional().describe('English.'),
  })
  .strict()
  .refine((t) => t.id !== undefined || t.en !== undefined, 'give the text in Indonesian (id), English (en) or both')
  .describe('Text in Indonesian (id) and/or English (en).');

export const SourceFile = z
  .string()
  .regex(
    /^\d{3}_[0-9a-f]{16}\.txt$/,
    'a source file is one of the files in seed/data/sources.yaml, e.g. "001_0e5a4cf207258104.txt"',
  );

/** Where a fact comes from: the file, the line(s), and a short verbatim quote. */
export const Citation = z
  .object({
    file: SourceFile.describe('The source paper, by file name.'),
    locator: z
      .string()
      .regex(/^L\d+(-\d+)?$/, 'a locator is a line or line range in the source file, e.g. "L79" or "L120-122"')
      .describe('Line or line range in the source file, e.g. L79 or L120-122.'),
    quote: z
      .string()
      .min(8)
      .max(400)
      .describe("A short verbatim quote from those lines (whitespace may differ). Never a person's name."),
  })
  .strict();

export const Basis = z
  .enum(['stated', 'inferred'])
  .describe('stated: the source says it; inferred: a reading of what the source says (explain it in `note`).');

/** The provenance every fact-bearing record carries. */
export const provenance = {
  basis: Basis,
  sources: z.array(Citation).min(1).describe('At least one citation.'),
  note: z.string().min(1).optional().describe("Curator's note: why it is inferred, caveats, [sic] readings."),
};

/** A reference to an instrument, optionally to one of its articles. */
export const LegalBasisRef = z
  .object({
    instrument: Id.describe('Id of a legal instrument.'),
    article: Id.optional().describe("Id of one of that instrument's articles."),
  })
  .strict();
