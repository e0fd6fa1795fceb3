import type { Step } from './model';

const PILLAR_ORDER = ['prevention', 'protection', 'prosecution', 'partnership'];

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
      PILLAR_ORDER.indexOf(a.pillar) - PILLAR_ORDER.indexOf(b.pillar) ||
      (listed.get(a.id) ?? 0) - (listed.get(b.id) ?? 0),
  );
}
