import { Query, Resolver } from 'type-graphql';
import type { SourceDocument as SourceDocumentRecord } from '../../server/knowledge/model';
import { SourceDocumentService } from '../../server/knowledge/services/source-document.service';
import { SourceDocument } from '../common/common.types';

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  constructor(private readonly sourceDocumentService: SourceDocumentService) {}

  @Query(() => [SourceDocument], { description: 'The source papers every fact cites.' })
  sources(): Promise<SourceDocumentRecord[]> {
    return this.sourceDocumentService.sources();
  }
}
