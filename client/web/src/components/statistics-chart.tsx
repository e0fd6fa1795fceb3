import { pick, useT } from '../i18n';
import { Link, path } from '../router';
import { Sources, type SourceRef } from './common';

export interface StatisticFigure {
  id: string;
  label: string;
  indicator: { english?: string | null; indonesian?: string | null };
  unit: string;
  value: number;
  valueAsPrinted: string | null;
  year: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  region: { id: string; label: string };
  sources: SourceRef[];
}

interface IndicatorGroup {
  key: string;
  label: string;
  unit: string;
  region: { id: string; label: string };
  figures: StatisticFigure[];
}

/**
 * Figures grouped by what they count (indicator, unit and place), since only figures of one indicator compare;
 * the place's own groups first, each group's figures in time order.
 */
export function toIndicatorGroups(figures: readonly StatisticFigure[], placeId: string): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const figure of figures) {
    const key = [figure.indicator.english ?? figure.indicator.indonesian, figure.unit, figure.region.id].join('|');
    const group = groups.get(key);
    if (group) group.figures.push(figure);
    else groups.set(key, { key, label: figure.label, unit: figure.unit, region: figure.region, figures: [figure] });
  }
  const byTime = (a: StatisticFigure, b: StatisticFigure) =>
    (a.year ?? 0) - (b.year ?? 0) || (a.periodFrom ?? '').localeCompare(b.periodFrom ?? '');
  for (const group of groups.values()) group.figures.sort(byTime);
  const isOwn = (group: IndicatorGroup) => (group.region.id === placeId ? 0 : 1);
  return [...groups.values()].sort((a, b) => isOwn(a) - isOwn(b) || a.region.label.localeCompare(b.region.label));
}

/** A place's statistics: a bar chart for each indicator with several figures, a list for single figures. */
export function StatisticsSection({ figures, placeId }: { figures: readonly StatisticFigure[]; placeId: string }) {
  const t = useT();
  if (figures.length === 0) return <p className="not-stated">{t('noStatistics')}</p>;
  const groups = toIndicatorGroups(figures, placeId);
  const series = groups.filter((group) => group.figures.length > 1);
  const singles = groups.filter((group) => group.figures.length === 1);
  return (
    <>
      <p className="help">{t('statisticsHelp')}</p>
      {series.map((group) => (
        <IndicatorChart key={group.key} group={group} placeId={placeId} />
      ))}
      {singles.length > 0 ? (
        <ul className="stat-list">
          {singles.map(({ key, figures: [figure] }) => (
            <li key={key} className="stat-single">
              <span className="stat-value">{printedValue(figure, t.lang)}</span>
              {isUnitPrinted(figure) ? null : <span className="stat-unit"> {figure.unit}</span>}
              <div>
                {pick(figure.indicator, t.lang) ?? figure.label}
                <span className="muted">
                  {' '}
                  · <FigurePeriod figure={figure} />
                  <RegionNote region={figure.region} placeId={placeId} />
                </span>
              </div>
              <Sources sources={figure.sources} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One indicator over time as horizontal bars; each row is a table row, so a screen reader reads year and value. */
function IndicatorChart({ group, placeId }: { group: IndicatorGroup; placeId: string }) {
  const t = useT();
  const largest = Math.max(...group.figures.map((figure) => Math.abs(figure.value)));
  // A table in a paper is often one quote for every year: show it once under the chart rather than on each row.
  const sharedSources = haveSameSources(group.figures) ? group.figures[0].sources : null;
  return (
    <table className="stat-chart">
      <caption>
        {pick(group.figures[0].indicator, t.lang) ?? group.label} <span className="stat-unit">({group.unit})</span>
        <span className="muted">
          <RegionNote region={group.region} placeId={placeId} />
        </span>
      </caption>
      <tbody>
        {group.figures.map((figure) => (
          <tr key={figure.id}>
            <th scope="row">
              <FigurePeriod figure={figure} />
            </th>
            <td>
              <div className="bar-row">
                <span className="bar-track" aria-hidden="true">
                  <span
                    className="bar"
                    style={{ width: `${largest > 0 ? (Math.abs(figure.value) / largest) * 100 : 0}%` }}
                  />
                </span>
                <span className="stat-value">{printedValue(figure, t.lang)}</span>
              </div>
              {sharedSources ? null : <Sources sources={figure.sources} />}
            </td>
          </tr>
        ))}
      </tbody>
      {sharedSources ? (
        <tfoot>
          <tr>
            <td colSpan={2}>
              <Sources sources={sharedSources} />
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

const haveSameSources = (figures: readonly StatisticFigure[]): boolean =>
  figures.every((figure) => JSON.stringify(figure.sources) === JSON.stringify(figures[0].sources));

/** Whether the printed value already names the unit ("11.2 hectares"), so it is not said twice. */
const isUnitPrinted = (figure: StatisticFigure): boolean =>
  (figure.valueAsPrinted ?? '').toLowerCase().includes(figure.unit.toLowerCase());

/** The value as the source prints it ("around 150", "6.3 million rupiah"), else the number. */
const printedValue = (figure: StatisticFigure, lang: string): string =>
  figure.valueAsPrinted ?? figure.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');

/** "2021", "2018-01 – 2018-03", "2020 – 2023", or "year not stated in the sources". */
function FigurePeriod({ figure }: { figure: StatisticFigure }) {
  const t = useT();
  const { year, periodFrom, periodTo } = figure;
  const period = periodFrom || periodTo ? `${periodFrom ?? '…'} – ${periodTo ?? '…'}` : null;
  if (year === null && period === null) return <span className="not-stated">{t('yearNotStated')}</span>;
  if (period === null) return <>{year}</>;
  return <>{year === null || period.includes(String(year)) ? period : `${year} (${period})`}</>;
}

function RegionNote({ region, placeId }: { region: { id: string; label: string }; placeId: string }) {
  const t = useT();
  if (region.id === placeId) return null;
  return (
    <>
      {' '}
      · {t('statisticsFor')} <Link to={path('place', region.id)}>{region.label}</Link>
    </>
  );
}
