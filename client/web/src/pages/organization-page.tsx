import { useQuery } from '@apollo/client/react';
import { ORGANIZATION } from '../entity-operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import {
  AsOfNote,
  Field,
  LegalBasisText,
  Localized,
  OrgLink,
  Period,
  QueryState,
  Sources,
  organizationPath,
} from '../components/common';
import { MandateCard } from '../components/mandate-card';
import { NeighbourhoodGraph, type Neighbour } from '../components/neighbourhood-graph';
import { Link, path, useRoute } from '../router';

/** What an organisation does, its mandates with legal basis, its posts over time, partnerships and neighbours. */
export function OrganizationPage({ id }: { id: string }) {
  const t = useT();
  const route = useRoute();
  const { data, loading, error } = useQuery<any>(ORGANIZATION, {
    variables: { id, asOf: route.asOf, lang: t.lang.toUpperCase() },
  });
  const org = data?.organization;
  return (
    <Layout title={org?.label ?? t('organization')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            {org.name.indonesian && org.name.indonesian !== org.label ? <p lang="id">{org.name.indonesian}</p> : null}
            <dl className="facts">
              <Field label={t('kind')}>{t.enumLabel(org.kind)}</Field>
              <Field label={t('level')}>{t.enumLabel(org.level)}</Field>
              <Field label={t('area')}>
                {org.area ? <Link to={path('place', org.area.id)}>{org.area.label}</Link> : t('notStated')}
              </Field>
              {org.acronyms.length > 0 ? <Field label={t('acronyms')}>{org.acronyms.join(', ')}</Field> : null}
              {org.parent ? (
                <Field label={t('partOf')}>
                  <OrgLink org={org.parent} />
                </Field>
              ) : null}
              <Field label={t('establishedBy')}>
                <LegalBasisText bases={org.establishedBy ? [org.establishedBy] : []} />
              </Field>
              <Field label={t('description')}>
                <Localized text={org.description} />
              </Field>
            </dl>
            <Sources sources={org.sources} />
            <p className="actions">
              <Link to={path('legal-basis', org.id)}>{t('seeLegalBasis')}</Link>
              <Link to={path('partners', org.id)}>{t('seeCandidates')}</Link>
              {org.kind === 'TASK_FORCE' || org.kind === 'SUB_TASK_FORCE' ? (
                <Link to={path('task-force', org.id)}>{t('openTaskForce')}</Link>
              ) : null}
            </p>
            <NeighbourhoodGraph centre={org.acronyms[0] ?? org.label} neighbours={neighboursOf(org)} />
            <h2>{t('mandates')}</h2>
            <AsOfNote date={route.asOf} />
            {org.mandates.length === 0 ? <p className="not-stated">{t('noMandates')}</p> : null}
            <ul className="cards">
              {org.mandates.map((mandate: any) => (
                <MandateCard key={mandate.id} mandate={mandate} />
              ))}
            </ul>
            <h2>{t('postsInTaskForces')}</h2>
            {org.memberships.length === 0 ? <p className="not-stated">{t('noPosts')}</p> : null}
            <ul className="cards">
              {[...org.memberships]
                .sort((a: any, b: any) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
                .map((membership: any) => (
                  <li key={membership.id} className="card">
                    <h3 className="card-title">
                      <Link to={organizationPath(membership.group)}>{membership.group.label}</Link>
                    </h3>
                    <dl>
                      <Field label={t('role')}>
                        {t.enumLabel(membership.position)} — {pick(membership.post, t.lang)}
                      </Field>
                      <Field label={t('period')}>
                        <Period from={membership.validFrom} to={membership.validTo} />
                      </Field>
                    </dl>
                    <Sources sources={membership.sources} />
                  </li>
                ))}
            </ul>
            <h2>{t('partnerships')}</h2>
            {org.partnerships.length === 0 ? <p className="not-stated">{t('noExisting')}</p> : null}
            <ul className="cards">
              {org.partnerships.map((partnership: any) => (
                <li key={partnership.id} className="card">
                  <h3 className="card-title">
                    {partnership.parties
                      .filter((party: any) => party.id !== org.id)
                      .map((party: any, index: number) => (
                        <span key={party.id}>
                          {index > 0 ? ', ' : ''}
                          <Link to={path('organization', party.id)}>{party.label}</Link>
                        </span>
                      ))}
                  </h3>
                  <p>{pick(partnership.description, t.lang)}</p>
                  <p>
                    {t('since')}: <Period from={partnership.validFrom} to={partnership.validTo} />
                  </p>
                  <Sources sources={partnership.sources} />
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Layout>
  );
}

function neighboursOf(org: any): Neighbour[] {
  const seen = new Set<string>();
  const add = (list: Neighbour[], node: Neighbour) => {
    if (seen.has(node.id) || node.id === org.id) return;
    seen.add(node.id);
    list.push(node);
  };
  const result: Neighbour[] = [];
  for (const m of org.memberships)
    add(result, { id: m.group.id, label: m.group.label, to: organizationPath(m.group), group: 'taskForce' });
  for (const p of org.partnerships)
    for (const party of p.parties)
      add(result, { id: party.id, label: party.label, to: path('organization', party.id), group: 'partner' });
  for (const m of org.mandates)
    for (const basis of m.legalBasis)
      add(result, {
        id: basis.instrument.id,
        label: basis.instrument.label,
        to: path('instrument', basis.instrument.id),
        group: 'instrument',
      });
  return result;
}
