import { isValidOn } from './dates';
import type { Instrument } from './model';
import { toInstrumentCitations } from './search-documents';

/** What a dated answer left out because it holds only on other days. */
export interface OutsideAsOf {
  /** How many records match the question but are not valid on the day asked about. */
  count: number;
  /** Said out loud: "11 mandates resting on Kepbup 126/KEP/HK/II/2023 (valid 2023-02-20 to open) are not valid on …". */
  message: string;
}

interface DatedRecord {
  validFrom?: string;
  validTo?: string;
  legalBasis?: { instrument: string } | { instrument: string }[];
}

const basisOf = (r: DatedRecord): string | null => {
  const basis = Array.isArray(r.legalBasis) ? r.legalBasis[0] : r.legalBasis;
  return basis?.instrument ?? null;
};

const periodOf = (r: DatedRecord): string => `${r.validFrom ?? 'an unstated start'} to ${r.validTo ?? 'open'}`;

/**
 * Says which of `records` an answer for `asOf` leaves out, grouped by the instrument they rest on, so a date that
 * empties an answer never does so silently. Null when every record holds on the day.
 */
export async function describeOutsideAsOf(
  store: { getInstruments(ids: readonly string[]): Promise<(Instrument | null)[]> },
  records: DatedRecord[],
  asOf: string,
  noun: { one: string; many: string; verb: string },
): Promise<OutsideAsOf | null> {
  const outside = records.filter((r) => !isValidOn(asOf, r.validFrom, r.validTo));
  if (outside.length === 0) return null;
  const groups = new Map<string | null, DatedRecord[]>();
  for (const r of outside) groups.set(basisOf(r), [...(groups.get(basisOf(r)) ?? []), r]);
  const instrumentIds = [...groups.keys()].filter((id): id is string => id !== null);
  const instruments = await store.getInstruments(instrumentIds);
  const nameOf = new Map(
    instrumentIds.map((id, i) => [id, (instruments[i] && toInstrumentCitations(instruments[i])[0]) ?? id]),
  );
  const parts = [...groups.entries()].map(([instrumentId, group]) => {
    const what = `${group.length} ${group.length === 1 ? noun.one : noun.many}`;
    const periods = [...new Set(group.map(periodOf))].join('; ');
    const basis = instrumentId === null ? ' with no legal basis stated' : ` ${noun.verb} ${nameOf.get(instrumentId)}`;
    return `${what}${basis} (valid ${periods})`;
  });
  const verb = outside.length === 1 ? 'is' : 'are';
  return {
    count: outside.length,
    message: `${parts.join(', ')} ${verb} not valid on ${asOf}; pass another asOf to see ${outside.length === 1 ? 'it' : 'them'}`,
  };
}
