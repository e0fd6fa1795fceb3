import MiniSearch from 'minisearch';
import type { Dataset, EntityKind } from '../../knowledge/model';
import { SearchDocument, toNameKeys, toSearchDocuments } from '../../knowledge/search-documents';
import {
  prepareSearchDocuments,
  rankSearchHits,
  SEARCH_CANDIDATE_LIMIT,
  SearchHit,
} from '../../knowledge/search-ranking';
import { toEngineWords, toSearchKey } from '../../knowledge/search-text';

/** At most this many words of a query reach the engine, which bounds the work of one search. */
const MAX_ENGINE_WORDS = 12;
/** Documents indexed between two turns of the event loop while the index fills in the background. */
const INDEXING_SLICE = 256;

/**
 * Full-text search over the search documents the core defines (names, acronyms, descriptions, duties, articles,
 * penalties, referral steps, statistics, notes), tolerant of typos (MiniSearch fuzzy and prefix matching), ranked by
 * the ranking every store shares. Also answers exact-name lookups for the name resolver.
 */
export class MemorySearchIndex {
  private readonly engine = new MiniSearch<SearchDocument>({
    fields: ['names', 'acronyms', 'descriptors', 'texts'],
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc[field as 'names'] ?? []).join(' \n ')),
    searchOptions: { boost: { acronyms: 4, names: 3, descriptors: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  private readonly documents = new Map<string, SearchDocument>();
  private readonly byNameKey = new Map<string, SearchDocument[]>();
  /** Settles once every document is in the engine; a search waits for it. */
  private readonly engineFilled: Promise<void>;

  constructor(dataset: Dataset) {
    for (const doc of toSearchDocuments(dataset)) {
      this.documents.set(doc.id, doc);
      for (const key of toNameKeys(doc)) this.byNameKey.set(key, [...(this.byNameKey.get(key) ?? []), doc]);
    }
    prepareSearchDocuments([...this.documents.values()]);
    // Indexing every text was most of the store's start-up (about 70% at 10x the dataset). It fills in slices in the
    // background instead, so the server is ready before it ends; a search meanwhile waits for it. Adding in slices
    // gives the very index adding at once does (MiniSearch's addAll adds one document after another).
    this.engineFilled = this.engine.addAllAsync([...this.documents.values()], { chunkSize: INDEXING_SLICE });
    // A failure reaches every search that awaits it; this only keeps it from counting as unhandled meanwhile.
    this.engineFilled.catch(() => undefined);
  }

  /** Settles once the full-text index is complete (benchmarks that time searches wait for it). */
  whenIndexed(): Promise<void> {
    return this.engineFilled;
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const words = toEngineWords(text, MAX_ENGINE_WORDS);
    if (words.length === 0 || limit <= 0) return [];
    await this.engineFilled;
    const results = this.engine.search(words.join(' ')).slice(0, Math.max(SEARCH_CANDIDATE_LIMIT, limit));
    const candidates = results.map((result) => ({
      document: this.documents.get(result.id as string) as SearchDocument,
      engineScore: result.score,
    }));
    return rankSearchHits(text, candidates, limit);
  }

  /** Records whose name, acronym or alias is exactly `name` (compared as search keys). */
  findByName(name: string): { id: string; kind: EntityKind }[] {
    return (this.byNameKey.get(toSearchKey(name)) ?? []).map((d) => ({ id: d.recordId, kind: d.kind as EntityKind }));
  }
}
