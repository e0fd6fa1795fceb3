import { useQuery } from '@apollo/client/react';
import { PARTNERS } from '../operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { AsOfNote, Field, OrgLink, Period, QueryState, Sources } from '../components/common';
import { Link, path, useRoute } from '../router';

/** Existing partners (with dates and sources) and candidate partners (same steps, same area, with the reason). */
export function PartnersPage({ organization }: { organization: string }) {
  const t = useT();
  const route = useRoute();
  const { data, loading, error } = useQuery<any>(PARTNERS, {
    variables: {
      organization,
      step: route.params.get('step') || null,
      region: route.params.get('region') || null,
      asOf: route.asOf,
      lang: t.lang.toUpperCase(),
    },
  });
  const partners = data?.partners;
  return (
    <Layout title={partners ? t('partnersOf', { org: partners.organization.label }) : t('qPartners')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <AsOfNote date={route.asOf} />
            <p>
              <OrgLink org={partners.organization} />
            </p>
            <h2>{t('existingPartners')}</h2>
            {partners.existing.length === 0 ? <p className="not-stated">{t('noExisting')}</p> : null}
            <ul className="cards">
              {partners.existing.map((partner: any) => (
                <li key={partner.partnership.id + partner.organization.id} className="card">
                  <h3 className="card-title">
                    <OrgLink org={partner.organization} />
                  </h3>
                  <dl>
                    <Field label={t('kind')}>{t.enumLabel(partner.partnership.kind)}</Field>
                    <Field label={t('since')}>
                      <Period from={partner.partnership.validFrom} to={partner.partnership.validTo} />
                    </Field>
                    <Field label={t('about')}>{pick(partner.partnership.description, t.lang)}</Field>
                  </dl>
                  <Sources sources={partner.partnership.sources} />
                </li>
              ))}
            </ul>
            <h2>{t('candidatePartners')}</h2>
            {partners.candidates.length === 0 ? <p className="not-stated">{t('noCandidates')}</p> : null}
            <ul className="cards">
              {partners.candidates.map((candidate: any) => (
                <li key={candidate.organization.id} className="card">
                  <h3 className="card-title">
                    <OrgLink org={candidate.organization} />
                  </h3>
                  <p>{candidate.reason}</p>
                  <ul className="inline-list">
                    {candidate.mandates.map((mandate: any) => (
                      <li key={mandate.id}>
                        <Link to={path('step', mandate.step.id)}>{mandate.step.label}</Link> ·{' '}
                        {t.enumLabel(mandate.role)} · {mandate.region.label}
                      </li>
                    ))}
                  </ul>
                  {/* Candidates' sources are one click away on their page: fetching them here would put the
                      query over the API's cost limit (up to 100 candidates x 15 mandates x 10 sources). */}
                  <p>
                    <Link to={path('organization', candidate.organization.id)}>{t('candidateSources')}</Link>
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Layout>
  );
}
