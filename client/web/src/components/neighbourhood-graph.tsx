import { useT } from '../i18n';
import { Link } from '../router';
import { wrapText } from './wrap-text';

export interface Neighbour {
  id: string;
  label: string;
  to: string;
  group: 'taskForce' | 'partner' | 'instrument';
}

const GROUP_COLOURS = { taskForce: '#1d4ed8', partner: '#047857', instrument: '#9a3412' };
const SIZE = 420;
const CENTRE = SIZE / 2;
// Neighbours alternate between an inner and an outer ellipse, so neighbouring labels do not overlap; the ellipse is
// taller than wide because labels run sideways.
const RADII = [
  { x: 80, y: 115 },
  { x: 112, y: 172 },
];
const LABEL_CHARS = 17;

const placeOf = (index: number, count: number) => {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const radius = RADII[index % 2];
  const x = CENTRE + radius.x * Math.cos(angle);
  const y = CENTRE + radius.y * Math.sin(angle);
  const anchor: 'start' | 'middle' | 'end' = x < CENTRE - 10 ? 'end' : x > CENTRE + 10 ? 'start' : 'middle';
  return { x, y, anchor };
};

/**
 * An organisation and its neighbours on a circle, coloured by kind of tie. Plain SVG: a dozen nodes need no layout
 * engine, and each node is a link so the graph is also a way to move around.
 */
export function NeighbourhoodGraph({ centre, neighbours }: { centre: string; neighbours: Neighbour[] }) {
  const t = useT();
  const shown = neighbours.slice(0, 14);
  const legend = [
    { group: 'taskForce' as const, label: t('taskForce') },
    { group: 'partner' as const, label: t('partnerships') },
    { group: 'instrument' as const, label: t('legalBasis') },
  ];
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-labelledby="graph-caption" className="graph-svg">
        {shown.map((node, index) => {
          const { x, y } = placeOf(index, shown.length);
          return <line key={`edge-${node.id}`} x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#94a3b8" />;
        })}
        <circle cx={CENTRE} cy={CENTRE} r={42} fill="#111827" />
        {wrapText(centre, 12, 3).map((line, index, lines) => (
          <text key={index} x={CENTRE} y={CENTRE + (index - (lines.length - 1) / 2) * 11 + 3} className="graph-centre">
            {line}
          </text>
        ))}
        {shown.map((node, index) => {
          const { x, y, anchor } = placeOf(index, shown.length);
          const lines = wrapText(node.label, LABEL_CHARS, 2);
          const labelX = anchor === 'end' ? x - 11 : anchor === 'start' ? x + 11 : x;
          const firstLineY =
            anchor !== 'middle'
              ? y + 3 - ((lines.length - 1) * 10) / 2
              : y < CENTRE
                ? y - 12 - (lines.length - 1) * 10
                : y + 20;
          return (
            <Link key={node.id + node.group} to={node.to}>
              <circle cx={x} cy={y} r={8} fill={GROUP_COLOURS[node.group]} />
              {lines.map((line, lineIndex) => (
                <text
                  key={lineIndex}
                  x={labelX}
                  y={firstLineY + lineIndex * 10}
                  textAnchor={anchor}
                  className="graph-label"
                >
                  {line}
                </text>
              ))}
            </Link>
          );
        })}
      </svg>
      <figcaption id="graph-caption">
        {t('neighbourhood')}:{' '}
        {legend.map((item) => (
          <span key={item.group} className="legend-item">
            <span className="swatch" style={{ background: GROUP_COLOURS[item.group] }} aria-hidden="true" />{' '}
            {item.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
