import { useT } from '../i18n';
import { Link } from '../router';
import { wrapText } from './wrap-text';

export interface StepCoverageRow {
  step: { id: string; label: string; pillar: string };
  covered: boolean;
  coveredLocally: boolean;
}

const PILLARS = ['PREVENTION', 'PROTECTION', 'PROSECUTION', 'PARTNERSHIP'];
// About a phone's width in CSS pixels, so on a 360 px screen the text is drawn at its stated size.
const LABEL_WIDTH = 170;
const COLUMN_WIDTH = 54;
const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 52;
const STATES = ['local', 'fromAbove', 'nobody'] as const;
type CoverageState = (typeof STATES)[number];
const COLUMN_KEYS = { local: 'columnLocal', fromAbove: 'columnAbove', nobody: 'columnNobody' } as const;
const COLOURS: Record<CoverageState, string> = { local: '#047857', fromAbove: '#b45309', nobody: '#b91c1c' };

const stateOf = (row: StepCoverageRow): CoverageState =>
  row.coveredLocally ? 'local' : row.covered ? 'fromAbove' : 'nobody';

/**
 * Steps (rows, grouped by pillar) against who covers them in the place (columns): an organisation of the place, only
 * one from a higher level, or nobody. Each step links to the list of who is responsible, and each mark is also
 * written out for screen readers.
 */
export function CoverageMatrix({ rows, regionId }: { rows: StepCoverageRow[]; regionId: string }) {
  const t = useT();
  const lines: Array<{ kind: 'pillar'; pillar: string } | { kind: 'step'; row: StepCoverageRow }> = [];
  for (const pillar of PILLARS) {
    const steps = rows.filter((row) => row.step.pillar === pillar);
    if (steps.length === 0) continue;
    lines.push({ kind: 'pillar', pillar });
    for (const row of steps) lines.push({ kind: 'step', row });
  }
  const width = LABEL_WIDTH + COLUMN_WIDTH * STATES.length;
  const height = HEADER_HEIGHT + lines.length * ROW_HEIGHT;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="matrix" role="group" aria-label={t('coverageHelp')}>
      {STATES.map((state, index) => (
        <g key={state} aria-hidden="true">
          {wrapText(t(COLUMN_KEYS[state]), 7, 2).map((line, lineIndex) => (
            <text
              key={lineIndex}
              x={LABEL_WIDTH + COLUMN_WIDTH * index + COLUMN_WIDTH / 2}
              y={14 + lineIndex * 12}
              className="matrix-head"
            >
              {line}
            </text>
          ))}
        </g>
      ))}
      {lines.map((line, index) => {
        const y = HEADER_HEIGHT + index * ROW_HEIGHT;
        if (line.kind === 'pillar') {
          return (
            <text key={line.pillar} x={0} y={y + 20} className="matrix-pillar">
              {t.enumLabel(line.pillar)}
            </text>
          );
        }
        const state = stateOf(line.row);
        const column = STATES.indexOf(state);
        const label = wrapText(line.row.step.label, 26, 2);
        return (
          <g key={line.row.step.id}>
            <rect
              x={0}
              y={y}
              width={width}
              height={ROW_HEIGHT}
              className={index % 2 ? 'matrix-row' : 'matrix-row-alt'}
            />
            <Link to={`/responsibilities?step=${line.row.step.id}&region=${regionId}`}>
              {label.map((text, lineIndex) => (
                <text
                  key={lineIndex}
                  x={8}
                  y={y + (label.length === 1 ? 20 : 14 + lineIndex * 13)}
                  className="matrix-step"
                >
                  {text}
                </text>
              ))}
              <title>{`${line.row.step.label}: ${t(state)}`}</title>
            </Link>
            <circle
              cx={LABEL_WIDTH + COLUMN_WIDTH * column + COLUMN_WIDTH / 2}
              cy={y + ROW_HEIGHT / 2}
              r={8}
              fill={COLOURS[state]}
              role="img"
              aria-label={`${line.row.step.label}: ${t(state)}`}
            />
          </g>
        );
      })}
    </svg>
  );
}
