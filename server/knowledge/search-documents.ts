import type { Dataset, Instrument, Organization, Place, SearchableKind, Step } from './records';
import { entityKindOf } from './records';

/** What `search` matches a record by: its names, titles and aliases in both languages, and its acronyms. */
export interface SearchDocument {
  id: string;
  kind: SearchableKind;
  names: string[];
  acronyms: string[];
}

const texts = (t: { id?: string; en?: string } | undefined): string[] =>
  [t?.id, t?.en].filter((s): s is string => s !== undefined);

/** The searchable text of one record; decided here once so that every store searches the same words. */
export function toSearchDocument(kind: SearchableKind, record: unknown): SearchDocument {
  switch (kind) {
    case 'organization':
    case 'taskForce': {
      const o = record as Organization;
      return { id: o.id, kind, names: [...texts(o.name), ...(o.aliases ?? [])], acronyms: o.acronyms ?? [] };
    }
    case 'instrument': {
      const i = record as Instrument;
      const names = [...texts(i.title), ...(i.titleVariants ?? []), ...(i.number ? [i.number] : [])];
      return { id: i.id, kind, names, acronyms: [] };
    }
    case 'place': {
      const p = record as Place;
      return { id: p.id, kind, names: [...texts(p.name), ...(p.aliases ?? [])], acronyms: [] };
    }
    case 'step': {
      const s = record as Step;
      return { id: s.id, kind, names: texts(s.label), acronyms: [] };
    }
  }
}

/** Every searchable record of the dataset as a search document. */
export const searchDocumentsOf = (dataset: Dataset): SearchDocument[] => [
  ...dataset.organizations.map((o) => toSearchDocument(entityKindOf(o), o)),
  ...dataset.instruments.map((i) => toSearchDocument('instrument', i)),
  ...dataset.places.map((p) => toSearchDocument('place', p)),
  ...dataset.steps.map((s) => toSearchDocument('step', s)),
];
