import { useQuery } from '@apollo/client/react';
import { RESPONSIBILITIES } from '../operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { AsOfNote, Field, LegalBasisText, OrgLink, Period, QueryState, Sources } from '../components/common';
import { Link, path, useRoute } from '../router';

const PAGE_SIZE = 25;

/** Who is responsible for a step in a place on a day: who, role, where, since when, legal basis, sources. */
export function ResponsibilitiesPage() {
  const t = useT();
  const route = useRoute();
  const step = route.params.get('step') ?? '';
  const region = route.params.get('region') ?? '';
  const { data, loading, error, fetchMore } = useQuery<any>(RESPONSIBILITIES, {
    variables: { step, region, asOf: route.asOf, lang: t.lang.toUpperCase(), first: PAGE_SIZE },
  });
  // Pages stay under the API's cost limit; further pages are appended on request.
  const showMore = () =>
    fetchMore({
      variables: { after: data.responsibilities.pageInfo.endCursor },
      updateQuery: (previous: any, { fetchMoreResult }: any) => ({
        ...fetchMoreResult,
        responsibilities: {
          ...fetchMoreResult.responsibilities,
          nodes: [...previous.responsibilities.nodes, ...fetchMoreResult.responsibilities.nodes],
        },
      }),
    });
  const answer = data?.responsibilities;
  const title = answer
    ? t('whoResponsibleFor', { step: answer.step.label.toLowerCase(), place: answer.region.label })
    : t('qResponsible');
  return (
    <Layout title={title}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <AsOfNote date={answer.asOf} />
            <p>
              <Link to={path('place', answer.region.id)}>{t('coverage', { place: answer.region.label })}</Link>
            </p>
            {answer.nodes.length === 0 ? (
              <p className="not-stated">{t('nobodyResponsible')}</p>
            ) : (
              <ol className="cards">
                {answer.nodes.map((r: any, index: number) => (
                  <li key={index} className="card">
                    <h2 className="card-title">
                      <OrgLink org={r.organization} />
                    </h2>
                    <dl>
                      <Field label={t('role')}>
                        {t.enumLabel(r.role)}
                        {r.membership ? (
                          <>
                            {' — '}
                            {pick(r.membership.post, t.lang)},{' '}
                            <Link to={path('task-force', r.membership.group.id)}>{r.membership.group.label}</Link>
                          </>
                        ) : null}
                        {r.step.id !== answer.step.id ? ` (${r.step.label})` : ''}
                      </Field>
                      <Field label={t('where')}>
                        <Link to={path('place', r.region.id)}>{r.region.label}</Link>{' '}
                        <span className={`scope scope-${r.scope.toLowerCase()}`}>({t.enumLabel(r.scope)})</span>
                      </Field>
                      <Field label={t('since')}>
                        <Period from={r.validFrom} to={r.validTo} />
                      </Field>
                      <Field label={t('legalBasis')}>
                        <LegalBasisText bases={r.legalBasis} />
                      </Field>
                    </dl>
                    <Sources sources={r.sources} />
                  </li>
                ))}
              </ol>
            )}
            {answer.pageInfo.hasNextPage ? (
              <button type="button" onClick={() => void showMore()}>
                {t('showMore')}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </Layout>
  );
}
