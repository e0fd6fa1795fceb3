import { useQuery } from '@apollo/client/react';
import { PLACE, PLACE_STATISTICS } from '../entity-operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { AsOfNote, Field, Localized, QueryState, Sources } from '../components/common';
import { CoverageMatrix } from '../components/coverage-matrix';
import { StatisticsSection } from '../components/statistics-chart';
import { Link, path, useRoute } from '../router';

/** A place: who covers each step (the matrix), which steps nobody covers, documented gaps, referral paths. */
export function PlacePage({ id }: { id: string }) {
  const t = useT();
  const route = useRoute();
  const { data, loading, error } = useQuery<any>(PLACE, {
    variables: { id, asOf: route.asOf, lang: t.lang.toUpperCase() },
  });
  const region = data?.region;
  const coverage = data?.coverage;
  return (
    <Layout title={region?.label ?? t('place')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <dl className="facts">
              <Field label={t('kind')}>{t.enumLabel(region.kind)}</Field>
              {region.parent ? (
                <Field label={t('partOf')}>
                  <Link to={path('place', region.parent.id)}>{region.parent.label}</Link>
                </Field>
              ) : null}
              {region.description ? (
                <Field label={t('about')}>
                  <Localized text={region.description} />
                </Field>
              ) : null}
            </dl>
            <Sources sources={region.sources} />
            <h2 id="coverage-heading">{t('coverage', { place: region.label })}</h2>
            <AsOfNote date={coverage.asOf} />
            <p className="help">{t('coverageHelp')}</p>
            <div className="coverage-layout">
              <CoverageMatrix rows={coverage.steps} regionId={region.id} />
              <div>
                <h3>{t('uncovered')}</h3>
                {coverage.uncoveredSteps.length === 0 ? (
                  <p>{t('allCovered')}</p>
                ) : (
                  <ul className="uncovered">
                    {coverage.uncoveredSteps.map((step: any) => (
                      <li key={step.id}>
                        <Link to={path('step', step.id)}>{step.label}</Link>
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{t('gaps')}</h3>
                {coverage.gaps.length === 0 ? <p className="not-stated">{t('noGaps')}</p> : null}
                {groupByKind(coverage.gaps).map(([kind, gaps]) => (
                  <section key={kind} aria-label={t.enumLabel(kind)}>
                    <h4 className="gap-kind">{t.enumLabel(kind)}</h4>
                    <ul className="gaps">
                      {gaps.map(({ gap, scope }: any) => (
                        <li key={gap.id}>
                          <details>
                            <summary>{gap.label}</summary>
                            {pick(gap.description, t.lang) !== gap.label ? (
                              <p>{pick(gap.description, t.lang)}</p>
                            ) : null}
                            <p className="muted">
                              {gap.region.label} ({t.enumLabel(scope)}){gap.asOf ? ` · ${t('asOf')} ${gap.asOf}` : ''}
                            </p>
                            <Sources sources={gap.sources} />
                          </details>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            </div>
            <h2>{t('referralPaths')}</h2>
            {data.referralPaths.nodes.length === 0 ? <p className="not-stated">{t('noReferralPaths')}</p> : null}
            <ul>
              {data.referralPaths.nodes.map((referralPath: any) => (
                <li key={referralPath.id}>
                  <Link to={path('referral-path', referralPath.id)}>{referralPath.label}</Link>{' '}
                  <span className="muted">({referralPath.region.label})</span>
                </li>
              ))}
            </ul>
            <h2>{t('statistics')}</h2>
            <PlaceStatistics placeId={region.id} />
            {region.children.length > 0 ? (
              <>
                <h2>{t('placesWithin')}</h2>
                <ul className="inline-list">
                  {region.children.map((child: any) => (
                    <li key={child.id}>
                      <Link to={path('place', child.id)}>{child.label}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Layout>
  );
}

/** The figures for the place and the places within it, loaded beside the page so the matrix does not wait. */
function PlaceStatistics({ placeId }: { placeId: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(PLACE_STATISTICS, {
    variables: { region: placeId, lang: t.lang.toUpperCase() },
  });
  return (
    <QueryState loading={loading} error={error}>
      {() => (
        <>
          <StatisticsSection figures={data.statistics.nodes} placeId={placeId} />
          {data.statistics.pageInfo.hasNextPage ? <p className="muted">{t('statisticsMore')}</p> : null}
        </>
      )}
    </QueryState>
  );
}

/** Gaps grouped by kind (capacity, coordination…), the groups in the order they first appear. */
function groupByKind(gaps: any[]): Array<[string, any[]]> {
  const groups = new Map<string, any[]>();
  for (const entry of gaps) groups.set(entry.gap.kind, [...(groups.get(entry.gap.kind) ?? []), entry]);
  return [...groups];
}
