import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import type { SourceDocument as SourceDocumentRecord } from '../../server/knowledge/model';
import { SourceDocumentService } from '../../server/knowledge/services/source-document.service';
import { Source, SourceDocument } from '../common/common.types';

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  constructor(private readonly sourceDocumentService: SourceDocumentService) {}

  @Query(() => [SourceDocument], { description: 'The source papers every fact cites.' })
  sources(): Promise<SourceDocumentRecord[]> {
    return this.sourceDocumentService.sources();
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver()
  document(@Root() source: Source, @Ctx() ctx: RequestContext) {
    return ctx.loaders.sourceDocument(source.file);
  }
}
