/**
 * `npm run seed:check [-- --json]`: validates the dataset and prints the data-quality report.
 * Exits 1 when there is any problem, so CI and curators see it.
 */
import { checkDataset } from './load-dataset';
import { buildQualityReport, formatQualityReport } from './validation/quality-report';

const report = buildQualityReport(checkDataset());
process.stdout.write(
  process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatQualityReport(report)}\n`,
);
process.exitCode = report.ok ? 0 : 1;
