import MiniSearch from 'minisearch';
import type { Dataset, SearchHit } from '../../knowledge/model';
import { isTaskForce } from '../../knowledge/model';
import { rankSearchHits, SearchCandidate } from '../../knowledge/search-ranking';

interface SearchDocument {
  id: string;
  kind: SearchHit['kind'];
  names: string[];
  acronyms: string[];
  text: string;
  acronymText: string;
}

const texts = (t: { id?: string; en?: string } | undefined): string[] =>
  [t?.id, t?.en].filter((s): s is string => s !== undefined);

/**
 * Full-text search over names, titles, acronyms and aliases in both languages, tolerant of typos (MiniSearch fuzzy
 * and prefix matching), ranked by the ranking every store shares.
 */
export class MemorySearchIndex {
  private readonly engine = new MiniSearch<SearchDocument>({
    fields: ['text', 'acronymText'],
    storeFields: ['id'],
    searchOptions: { boost: { acronymText: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  private readonly documents = new Map<string, SearchDocument>();

  constructor(dataset: Dataset) {
    const add = (doc: Omit<SearchDocument, 'text' | 'acronymText'>) => {
      const full = { ...doc, text: doc.names.join(' | '), acronymText: doc.acronyms.join(' ') };
      this.documents.set(doc.id, full);
      this.engine.add(full);
    };
    for (const o of dataset.organizations) {
      add({
        id: o.id,
        kind: isTaskForce(o) ? 'taskForce' : 'organization',
        names: [...texts(o.name), ...(o.aliases ?? [])],
        acronyms: o.acronyms ?? [],
      });
    }
    for (const i of dataset.instruments) {
      add({
        id: i.id,
        kind: 'instrument',
        names: [...texts(i.title), ...(i.titleVariants ?? []), ...(i.number ? [i.number] : [])],
        acronyms: [],
      });
    }
    for (const p of dataset.places)
      add({ id: p.id, kind: 'place', names: [...texts(p.name), ...(p.aliases ?? [])], acronyms: [] });
    for (const s of dataset.steps) add({ id: s.id, kind: 'step', names: texts(s.label), acronyms: [] });
  }

  search(text: string, limit: number): SearchHit[] {
    const candidates: SearchCandidate[] = this.engine.search(text).map((result) => {
      const doc = this.documents.get(result.id as string) as SearchDocument;
      return { id: doc.id, kind: doc.kind, names: doc.names, acronyms: doc.acronyms, engineScore: result.score };
    });
    return rankSearchHits(text, candidates, limit);
  }
}
