import type { Dataset } from '../../../server/knowledge/model';
import { isValidOn } from '../../../server/knowledge/dates';
import { toHsds } from '../../../seed/export/hsds';
import { toHsdsId, toNameBasedUuid } from '../../../seed/export/name-based-uuid';
import { toPopolo } from '../../../seed/export/popolo';
import { compareDatasets, toChangesMarkdown } from '../../../seed/export/changes';
import { memoryStoreWithRealDataset } from '../../support/real-dataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await memoryStoreWithRealDataset().readDataset();
});

describe('name-based UUIDs', () => {
  it('match the RFC 9562 version 5 example for www.example.com in the DNS namespace', () => {
    expect(toNameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('the HSDS export', () => {
  it('gives every organisation, and one service per organisation and step it has mandates on', () => {
    const hsds = toHsds(dataset, '2024-01-01');
    expect(hsds.organizations.map((o) => o.id)).toEqual(
      dataset.organizations.map((o) => toHsdsId('organization', o.id)),
    );
    const pairs = new Set(dataset.mandates.map((m) => `${m.organization}/${m.step}`));
    expect(hsds.services).toHaveLength(pairs.size);
  });

  it("covers each mandate's area and is active when a mandate holds on the day", () => {
    const mandate = dataset.mandates.find((m) => m.validTo !== undefined) ?? dataset.mandates[0];
    const day = mandate.validTo ? `${Number(mandate.validTo.slice(0, 4)) + 1}-06-01` : '2024-01-01';
    const hsds = toHsds(dataset, day);
    const service = hsds.services.find((s) => s.id === toHsdsId('service', `${mandate.organization}/${mandate.step}`))!;
    expect(service.service_areas.map((a) => a.id)).toContain(
      toHsdsId('service-area', `${mandate.organization}/${mandate.step}/${mandate.area}`),
    );
    const siblings = dataset.mandates.filter((m) => m.organization === mandate.organization && m.step === mandate.step);
    expect(service.status).toBe(siblings.some((m) => isValidOn(day, m.validFrom, m.validTo)) ? 'active' : 'inactive');
    expect(service.description).toContain(`mandate ${mandate.id}`);
  });
});

describe('the Popolo export', () => {
  it('gives every post and membership with its member office, group and dates', () => {
    const popolo = toPopolo(dataset);
    const membership = dataset.memberships.find((m) => m.validFrom) ?? dataset.memberships[0];
    expect(popolo.memberships).toContainEqual(
      expect.objectContaining({
        id: membership.id,
        member: { '@type': 'Organization', id: membership.member },
        organization_id: membership.of,
        post_id: `${membership.id}/post`,
        start_date: membership.validFrom,
      }),
    );
    expect(popolo.posts).toHaveLength(dataset.memberships.length);
    const ids = new Set(popolo.organizations.map((o: any) => o.id));
    for (const m of dataset.memberships) expect([ids.has(m.member), ids.has(m.of)]).toEqual([true, true]);
  });
});

describe('CHANGES', () => {
  /** The first gap corrected, the second retired, a place added. */
  const edited = (): Dataset => {
    const [first, , ...rest] = dataset.gaps;
    return {
      ...dataset,
      gaps: [{ ...first, note: `${first.note ?? ''} corrected` }, ...rest],
      places: [...dataset.places, { ...dataset.places[0], id: 'a-new-place' }],
    };
  };

  it('names the records added, changed and retired', () => {
    const after = edited();
    const changes = compareDatasets(dataset, after);
    expect(changes.find((c) => c.kind === 'gaps')).toEqual({
      kind: 'gaps',
      added: [],
      changed: [dataset.gaps[0].id],
      retired: [dataset.gaps[1].id],
    });
    expect(changes.find((c) => c.kind === 'places')?.added).toEqual(['a-new-place']);
  });

  it('adds an entry on top of the previous file, and none when nothing changed', () => {
    const first = toChangesMarkdown({ version: '1.0.0+aaa', date: '2026-12-01', records: dataset }, null);
    expect(first).toContain('## 1.0.0+aaa (2026-12-01)');
    const previous = { version: '1.0.0+aaa', date: '2026-12-01', records: dataset, changes: first };
    const second = toChangesMarkdown({ version: '1.1.0+bbb', date: '2026-12-02', records: edited() }, previous);
    expect(second.indexOf('## 1.1.0+bbb')).toBeLessThan(second.indexOf('## 1.0.0+aaa'));
    expect(second).toContain(`retired (1): ${dataset.gaps[1].id}`);
    expect(toChangesMarkdown({ version: '1.0.0+aaa', date: '2026-12-01', records: dataset }, previous)).toBe(first);
  });
});
