/**
 * `npm run bench:data -- [factor ...]`: writes synthetic datasets (default 10x and 100x the real one) to
 * dist/bench-data/x<factor>/ (ignored, as all of dist/), for `KB_DATA_DIR=dist/bench-data/x100 npm start` and the benchmark.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findRepoRoot } from '../../seed/paths';
import { writeScaledDataset } from './scaled-dataset';

export const SCALED_DATA_ROOT = join(findRepoRoot(__dirname), 'dist', 'bench-data');
export const scaledDataDir = (factor: number) => join(SCALED_DATA_ROOT, `x${factor}`);

if (require.main === module) {
  const factors = process.argv.slice(2).map(Number);
  for (const factor of factors.length > 0 ? factors : [10, 100]) {
    if (!Number.isInteger(factor) || factor < 1) throw new Error(`a factor is a whole number from 1; got ${factor}`);
    const started = performance.now();
    const summary = writeScaledDataset(factor, scaledDataDir(factor));
    console.log(
      `${factor}x: ${summary.records} records (${summary.realRecords} real + ${summary.copies} synthetic provinces) in ${scaledDataDir(factor)}, ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}
