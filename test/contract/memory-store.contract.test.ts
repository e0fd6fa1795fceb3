import { describeKnowledgeStoreContract } from './knowledge-store.contract';
import { memoryStoreWithRealDataset } from '../support/real-dataset';

describeKnowledgeStoreContract('embedded', async () => memoryStoreWithRealDataset());
