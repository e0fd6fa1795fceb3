import type { CoverageData, StepCoverage } from '../../api/operations';
import { formatOutsideAsOf, formatRef, formatSources, indent, toWords } from './citation.format';

/** Text view of who covers each step in a place, what nobody covers, and the documented gaps. Pure functions. */

function formatStepCoverage(step: StepCoverage): string {
  const status = !step.covered ? 'NOT COVERED' : step.coveredLocally ? 'covered locally' : 'covered from above only';
  const who = step.responsibilities.map((r) => `${r.organization.label} (${toWords(r.role)}, ${toWords(r.scope)})`);
  return `- ${formatRef(step.step)}: ${status}${who.length > 0 ? `: ${who.join('; ')}` : ''}`;
}

export function formatCoverage(data: CoverageData): string[] {
  const { region, asOf, steps, uncoveredSteps, gaps, outsideAsOf } = data.coverage;
  const local = steps.filter((step) => step.coveredLocally).length;
  const lines = [
    `Coverage of ${formatRef(region)} on ${asOf}: ${steps.length - uncoveredSteps.length} of ${steps.length} steps covered, ${local} locally`,
    `not covered: ${uncoveredSteps.length > 0 ? uncoveredSteps.map(formatRef).join(', ') : 'none'}`,
    ...formatOutsideAsOf(outsideAsOf),
    '',
    'Steps:',
    ...steps.map(formatStepCoverage),
  ];
  const here = gaps.filter((gap) => gap.scope !== 'FROM_ABOVE');
  const above = gaps.filter((gap) => gap.scope === 'FROM_ABOVE');
  lines.push('', `Documented gaps in ${region.label} (${here.length}):`);
  for (const { gap, scope } of here) {
    lines.push(
      `- ${toWords(gap.kind)}, ${toWords(scope)} [${gap.id}]: ${gap.label}`,
      ...indent(formatSources(gap.sources)),
    );
  }
  if (above.length > 0) {
    lines.push('', `Documented gaps of places above it (${above.length}; sources with --json):`);
    lines.push(...above.map(({ gap }) => `- ${toWords(gap.kind)} in ${gap.region.label} [${gap.id}]: ${gap.label}`));
  }
  return lines;
}
