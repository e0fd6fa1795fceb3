import type { RegionsData, SearchData, StepsData } from '../../api/operations';
import { formatNextPage, formatRef, indent, toWords } from './citation.format';

/** Text views of the step and place vocabularies and of search hits. Pure functions. */

/** Pillars, each followed by its steps, indented. */
export function formatSteps(data: StepsData): string[] {
  const pillars = data.steps.filter((step) => step.parent === null);
  const orphans = data.steps.filter((step) => step.parent !== null && !pillars.some((p) => p.id === step.parent?.id));
  return [
    ...pillars.flatMap((pillar) => [
      formatRef(pillar),
      ...data.steps.filter((step) => step.parent?.id === pillar.id).map((step) => `  - ${formatRef(step)}`),
    ]),
    ...orphans.map((step) => `- ${formatRef(step)}`),
  ];
}

export function formatRegions(data: RegionsData): string[] {
  return data.regions.map((region) => {
    const parent = region.parent ? `, in ${formatRef(region.parent)}` : '';
    return `- ${formatRef(region)}: ${toWords(region.kind)}${parent}`;
  });
}

export function formatSearch(data: SearchData, text: string): string[] {
  const { nodes, pageInfo } = data.search;
  if (nodes.length === 0) return [`No match for "${text}"`];
  return [
    `Matches for "${text}" (${nodes.length}):`,
    ...nodes.flatMap((hit) => [
      `- ${toWords(hit.kind)}: ${hit.label} (${hit.node.id})`,
      ...indent([
        ...(hit.owner ? [`of: ${formatRef(hit.owner)}`] : []),
        ...(hit.snippet !== hit.label ? [`"${hit.snippet}"`] : []),
      ]),
    ]),
    ...formatNextPage(pageInfo),
  ];
}
