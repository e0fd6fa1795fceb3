import type { KnowledgeStore } from '../knowledge-store.port';
import type { SourceDocument } from '../model';

export class SourceDocumentService {
  constructor(private readonly store: KnowledgeStore) {}

  sources(): Promise<SourceDocument[]> {
    return this.store.listSourceDocuments();
  }
}
