import type { KnowledgeStore } from '../knowledge-store.port';
import { DatasetDescription, DatasetRelease, describeDataset } from '../dataset-version';

/** Which version of the dataset the store serves, with its date and counts. */
export class DatasetService {
  private described: Promise<DatasetDescription> | null = null;

  constructor(
    private readonly store: KnowledgeStore,
    private readonly release: DatasetRelease,
  ) {}

  /**
   * Read once per process and kept: hashing the whole dataset on every request would cost a full read of the store,
   * and the served data changes only by a re-seed, after which the server is restarted. A failed read is not kept.
   */
  describe(): Promise<DatasetDescription> {
    this.described ??= this.store
      .readDataset()
      .then((dataset) => describeDataset(dataset, this.release))
      .catch((error: unknown) => {
        this.described = null;
        throw error;
      });
    return this.described;
  }
}
