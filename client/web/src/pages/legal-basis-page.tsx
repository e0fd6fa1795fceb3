import { useQuery } from '@apollo/client/react';
import { LEGAL_BASIS } from '../operations';
import { useT } from '../i18n';
import { Layout } from '../components/layout';
import { OrgLink, QueryState } from '../components/common';
import { MandateCard } from '../components/mandate-card';
import { Link, path } from '../router';

/** An organisation's mandates and the instruments and articles they rest on ("not stated" where none is). */
export function LegalBasisPage({ organization }: { organization: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(LEGAL_BASIS, {
    variables: { organization, lang: t.lang.toUpperCase() },
  });
  const report = data?.legalBasis;
  return (
    <Layout title={report ? t('legalBasisOf', { org: report.organization.label }) : t('qLegalBasis')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <p>
              <OrgLink org={report.organization} />
            </p>
            {report.instruments.length > 0 ? (
              <section aria-labelledby="instruments-heading">
                <h2 id="instruments-heading">{t('instrumentsItRestsOn')}</h2>
                <ul>
                  {report.instruments.map((instrument: any) => (
                    <li key={instrument.id}>
                      <Link to={path('instrument', instrument.id)}>{instrument.label}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <h2>{t('mandates')}</h2>
            {report.mandates.length === 0 ? <p className="not-stated">{t('noMandates')}</p> : null}
            <ol className="cards">
              {report.mandates.map((mandate: any) => (
                <MandateCard key={mandate.id} mandate={mandate} />
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </Layout>
  );
}
