import { Query, Resolver } from 'type-graphql';
import type { DatasetDescription } from '../../server/knowledge/dataset-version';
import { DatasetService } from '../../server/knowledge/services/dataset.service';
import { DATA_DOWNLOADS_PATH } from '../../server/http/data-downloads';
import { Dataset } from './dataset.type';

@Resolver(() => Dataset)
export class DatasetResolver {
  constructor(private readonly datasetService: DatasetService) {}

  @Query(() => Dataset, { description: 'The version, date and record counts of the dataset this server answers from.' })
  async dataset(): Promise<DatasetDescription & { downloadsPath: string }> {
    return { ...(await this.datasetService.describe()), downloadsPath: DATA_DOWNLOADS_PATH };
  }
}
