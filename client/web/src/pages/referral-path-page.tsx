import { useQuery } from '@apollo/client/react';
import { REFERRAL_PATH } from '../entity-operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { Field, LegalBasisText, Localized, OrgLink, Period, QueryState, Sources } from '../components/common';
import { ReferralFlow } from '../components/referral-flow';
import { Link, path } from '../router';

/** A referral path: the flow diagram, then each step in words with its actors, handover, legal basis and sources. */
export function ReferralPathPage({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(REFERRAL_PATH, { variables: { id, lang: t.lang.toUpperCase() } });
  const referralPath = data?.referralPath;
  return (
    <Layout title={referralPath?.label ?? t('referralPath')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <dl className="facts">
              <Field label={t('where')}>
                <Link to={path('place', referralPath.region.id)}>{referralPath.region.label}</Link>
              </Field>
              <Field label={t('period')}>
                <Period from={referralPath.validFrom} to={referralPath.validTo} />
              </Field>
              <Field label={t('legalBasis')}>
                <LegalBasisText bases={referralPath.legalBasis} />
              </Field>
              <Field label={t('about')}>
                <Localized text={referralPath.description} />
              </Field>
            </dl>
            <Sources sources={referralPath.sources} />
            <ReferralFlow steps={referralPath.steps} />
            <ol className="cards">
              {referralPath.steps.map((step: any) => (
                <li key={step.order} className="card">
                  <h2 className="card-title">
                    {step.order}. <Link to={path('step', step.step.id)}>{step.step.label}</Link>
                  </h2>
                  <p>{pick(step.description, t.lang)}</p>
                  <dl>
                    <Field label={t('actors')}>
                      <ul className="inline-list">
                        {step.actors.map((actor: any) => (
                          <li key={actor.id}>
                            <OrgLink org={actor} />
                          </li>
                        ))}
                      </ul>
                    </Field>
                    <Field label={t('handover')}>
                      <Localized text={step.handover} />
                    </Field>
                    <Field label={t('legalBasis')}>
                      <LegalBasisText bases={step.legalBasis} />
                    </Field>
                  </dl>
                  <Sources sources={step.sources} />
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </Layout>
  );
}
