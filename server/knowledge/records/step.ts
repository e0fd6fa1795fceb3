import { z } from 'zod';
import { Citation, Id, LocalizedText } from './primitives';

/** The four pillars ("4P") of the response to trafficking, in the vocabulary's order. */
export const Pillar = z.enum(['prevention', 'protection', 'prosecution', 'partnership']);

export const Step = z
  .object({
    id: Id,
    pillar: Pillar,
    parent: Id.optional().describe("The broader step; a pillar's own step has none."),
    label: z
      .object({ id: z.string().min(1), en: z.string().min(1) })
      .strict()
      .describe('Label in Indonesian (id) and English (en); both are required for steps.'),
    description: LocalizedText.optional(),
    sources: z.array(Citation).optional(),
  })
  .strict();

export type Step = z.infer<typeof Step>;

/**
 * The vocabulary order every store answers in: the four pillars first (prevention, protection, prosecution,
 * partnership), then each pillar's steps in the order the curators listed them.
 */
export function sortSteps(steps: readonly Step[]): Step[] {
  const listed = new Map(steps.map((s, i) => [s.id, i]));
  const rank = (s: Step) => (s.parent === undefined ? 0 : 1);
  return [...steps].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Pillar.options.indexOf(a.pillar) - Pillar.options.indexOf(b.pillar) ||
      (listed.get(a.id) ?? 0) - (listed.get(b.id) ?? 0),
  );
}
