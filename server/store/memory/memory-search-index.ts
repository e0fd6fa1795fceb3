import MiniSearch from 'minisearch';
import type { Dataset, SearchHit } from '../../knowledge/model';
import { searchDocumentsOf, type SearchDocument as CoreSearchDocument } from '../../knowledge/search-documents';
import { rankSearchHits, SearchCandidate } from '../../knowledge/search-ranking';

/** A search document with the text fields MiniSearch indexes. */
interface SearchDocument extends CoreSearchDocument {
  text: string;
  acronymText: string;
}

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
    for (const doc of searchDocumentsOf(dataset)) {
      const full = { ...doc, text: doc.names.join(' | '), acronymText: doc.acronyms.join(' ') };
      this.documents.set(doc.id, full);
      this.engine.add(full);
    }
  }

  search(text: string, limit: number): SearchHit[] {
    const candidates: SearchCandidate[] = this.engine.search(text).map((result) => {
      const doc = this.documents.get(result.id as string) as SearchDocument;
      return { id: doc.id, kind: doc.kind, names: doc.names, acronyms: doc.acronyms };
    });
    return rankSearchHits(text, candidates, limit);
  }
}
