import { factRecordsOf, type Dataset, type RecordKind } from '../schema/kinds';
import type { Problem } from './problem';
import type { EntityKind } from './references';

interface Origin {
  kind: RecordKind;
  file: string;
  id: string;
}

const GROUP_KINDS = new Set(['task-force', 'sub-task-force', 'alliance']);

/** Rules that span fields or records: dates in order, inferred facts explained, paths in order, groups joinable. */
export function checkConsistency(
  dataset: Dataset,
  origins: Origin[],
  entities: Map<string, { kind: EntityKind; file: string }>,
): Problem[] {
  const problems: Problem[] = [];
  const originOf = new Map(origins.map((o) => [o.id, o]));
  const at = (id: string, field: string) => ({ file: originOf.get(id)?.file ?? '?', recordId: id, field });
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const steps = new Map(dataset.steps.map((s) => [s.id, s]));

  for (const r of factRecordsOf(dataset)) {
    if (r.basis === 'inferred' && r.note === undefined) {
      problems.push({
        code: 'INCONSISTENT',
        ...at(r.id, 'note'),
        message: 'an inferred fact needs a note saying how it is inferred',
      });
    }
    const dated = r as { validFrom?: string; validTo?: string };
    if (dated.validFrom !== undefined && dated.validTo !== undefined && dated.validFrom > dated.validTo) {
      problems.push({
        code: 'INCONSISTENT',
        ...at(r.id, 'validTo'),
        message: `validTo ${dated.validTo} is before validFrom ${dated.validFrom}`,
      });
    }
  }

  // A mandate held by a dated formation, or given by a dated post, holds only while they do: without this a 2023
  // sub-task force would answer for 2020.
  const memberships = new Map(dataset.memberships.map((m) => [m.id, m]));
  for (const m of dataset.mandates) {
    const holders = [
      organizations.get(m.organization),
      m.membership === undefined ? undefined : memberships.get(m.membership),
    ];
    for (const holder of holders) {
      if (holder?.validFrom !== undefined && (m.validFrom === undefined || m.validFrom < holder.validFrom)) {
        problems.push({
          code: 'INCONSISTENT',
          ...at(m.id, 'validFrom'),
          message: `${holder.id} holds from ${holder.validFrom}; the mandate must not start earlier (set validFrom)`,
        });
      }
      if (holder?.validTo !== undefined && (m.validTo === undefined || m.validTo > holder.validTo)) {
        problems.push({
          code: 'INCONSISTENT',
          ...at(m.id, 'validTo'),
          message: `${holder.id} holds until ${holder.validTo}; the mandate must not end later (set validTo)`,
        });
      }
    }
  }

  for (const m of dataset.memberships) {
    const group = organizations.get(m.of);
    if (group && !GROUP_KINDS.has(group.kind)) {
      problems.push({
        code: 'INCONSISTENT',
        ...at(m.id, 'of'),
        message: `"${m.of}" is a ${group.kind}; a membership is of a task force, sub-task force or alliance`,
      });
    }
  }

  for (const p of dataset.referralPaths) {
    p.steps.forEach((s, i) => {
      if (s.order !== i + 1) {
        problems.push({
          code: 'INCONSISTENT',
          ...at(p.id, `steps[${i}].order`),
          message: `steps are listed in order: expected order ${i + 1}, found ${s.order}`,
        });
      }
    });
  }

  for (const place of dataset.places) {
    if (place.island !== undefined && places.get(place.island)?.kind !== 'island' && entities.has(place.island)) {
      problems.push({ code: 'INCONSISTENT', ...at(place.id, 'island'), message: `"${place.island}" is not an island` });
    }
  }

  for (const step of dataset.steps) {
    const parent = step.parent === undefined ? undefined : steps.get(step.parent);
    if (parent && parent.pillar !== step.pillar) {
      problems.push({
        code: 'INCONSISTENT',
        ...at(step.id, 'pillar'),
        message: `a step's pillar is its parent's (${parent.pillar})`,
      });
    }
  }

  for (const org of dataset.organizations) {
    const seen = new Set([org.id]);
    for (let parent = org.parent; parent !== undefined; parent = organizations.get(parent)?.parent) {
      if (seen.has(parent)) {
        problems.push({
          code: 'INCONSISTENT',
          ...at(org.id, 'parent'),
          message: 'the parent chain loops back on itself',
        });
        break;
      }
      seen.add(parent);
    }
  }
  return problems;
}
