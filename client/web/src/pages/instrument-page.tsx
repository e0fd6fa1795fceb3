import { useQuery } from '@apollo/client/react';
import { INSTRUMENT } from '../entity-operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { Field, Localized, OrgLink, Period, QueryState, Sources } from '../components/common';
import { Link, path } from '../router';

/** A legal instrument: articles, penalties, what it establishes, its relations, and the mandates resting on it. */
export function InstrumentPage({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(INSTRUMENT, { variables: { id, lang: t.lang.toUpperCase() } });
  const instrument = data?.instrument;
  return (
    <Layout title={instrument?.label ?? t('legalBasis')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            {instrument.title.indonesian && instrument.title.indonesian !== instrument.label ? (
              <p lang="id">{instrument.title.indonesian}</p>
            ) : null}
            <dl className="facts">
              <Field label={t('kind')}>{t.enumLabel(instrument.kind)}</Field>
              <Field label={t('number')}>{instrument.number ?? t('notStated')}</Field>
              <Field label={t('date')}>{instrument.date ?? instrument.year ?? t('notStated')}</Field>
              <Field label={t('period')}>
                <Period from={instrument.validFrom} to={instrument.validTo} />
              </Field>
              <Field label={t('status')}>{instrument.status ? t.enumLabel(instrument.status) : t('notStated')}</Field>
              <Field label={t('jurisdiction')}>
                <Link to={path('place', instrument.jurisdiction.id)}>{instrument.jurisdiction.label}</Link>
              </Field>
              <Field label={t('issuer')}>
                {instrument.issuer ? (
                  <Link to={path('organization', instrument.issuer.id)}>{instrument.issuer.label}</Link>
                ) : (
                  (instrument.issuerText ?? t('notStated'))
                )}
              </Field>
              <Field label={t('about')}>
                <Localized text={instrument.summary} />
              </Field>
            </dl>
            <Sources sources={instrument.sources} />
            {instrument.articles.length > 0 ? (
              <>
                <h2>{t('articles')}</h2>
                <ul className="cards">
                  {instrument.articles.map((article: any) => (
                    <li key={article.id} className="card" id={article.id}>
                      <h3 className="card-title">{t('article', { n: article.number })}</h3>
                      <p>{pick(article.summary, t.lang)}</p>
                      <Sources sources={article.sources} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {instrument.penalties.length > 0 ? (
              <>
                <h2>{t('penalties')}</h2>
                <ul className="cards">
                  {instrument.penalties.map((penalty: any, index: number) => (
                    <li key={index} className="card">
                      {penalty.article ? (
                        <h3 className="card-title">{t('article', { n: penalty.article.number })}</h3>
                      ) : null}
                      <p>{pick(penalty.text, t.lang)}</p>
                      <Sources sources={penalty.sources} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {instrument.establishes.length > 0 ? (
              <>
                <h2>{t('establishes')}</h2>
                <ul>
                  {instrument.establishes.map((org: any) => (
                    <li key={org.id}>
                      <OrgLink org={org} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {instrument.relations.length > 0 ? (
              <>
                <h2>{t('relations')}</h2>
                <ul>
                  {instrument.relations.map((relation: any, index: number) => (
                    <li key={index}>
                      <Link to={path('instrument', relation.from.id)}>{relation.from.label}</Link>{' '}
                      <strong>{t.enumLabel(relation.type)}</strong>{' '}
                      <Link to={path('instrument', relation.to.id)}>{relation.to.label}</Link>{' '}
                      <Sources sources={relation.sources} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2>{t('mandatesResting')}</h2>
            {instrument.mandatesGranted.length === 0 ? <p className="not-stated">{t('notStated')}</p> : null}
            <ul>
              {instrument.mandatesGranted.map((mandate: any) => (
                <li key={mandate.id}>
                  <Link to={path('organization', mandate.organization.id)}>{mandate.organization.label}</Link> —{' '}
                  {t.enumLabel(mandate.role)}, <Link to={path('step', mandate.step.id)}>{mandate.step.label}</Link>,{' '}
                  {mandate.region.label}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Layout>
  );
}
