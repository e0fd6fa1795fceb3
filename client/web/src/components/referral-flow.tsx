import { pick, useT } from '../i18n';
import { Link, path } from '../router';
import { wrapText } from './wrap-text';

const WIDTH = 340;
const BOX_X = 10;
const BOX_WIDTH = WIDTH - 20;
const LINE = 14;
const GAP_PLAIN = 28;
// The arrow runs down the left side so the handover text has the width to its right.
const ARROW_X = BOX_X + 22;

/**
 * A referral path drawn top to bottom (a phone's natural direction): one box per step with who acts, and an arrow to
 * the next step labelled with the handover when the sources name one.
 */
export function ReferralFlow({ steps }: { steps: any[] }) {
  const t = useT();
  let y = 10;
  const boxes = steps.map((step, index) => {
    const title = wrapText(`${step.order}. ${step.step.label}`, 40, 2);
    const actors = wrapText(step.actors.map((actor: any) => actor.label).join(', ') || t('notStated'), 46, 3);
    const height = 12 + (title.length + actors.length) * LINE + 8;
    const handoverText = pick(step.handover, t.lang);
    const handover =
      handoverText && index < steps.length - 1 ? wrapText(`${t('handover')}: ${handoverText}`, 46, 4) : [];
    const box = { step, title, actors, y, height, handover };
    y += height + (index < steps.length - 1 ? GAP_PLAIN + handover.length * LINE : 0);
    return box;
  });
  const total = y + 10;
  return (
    <figure className="flow">
      <svg viewBox={`0 0 ${WIDTH} ${total}`} className="flow-svg" role="group" aria-labelledby="flow-caption">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="5" refY="9" markerWidth="8" markerHeight="8">
            <path d="M0,0 L10,0 L5,10 z" fill="#475569" />
          </marker>
        </defs>
        {boxes.map((box, index) => (
          <g key={box.step.order}>
            <rect x={BOX_X} y={box.y} width={BOX_WIDTH} height={box.height} rx={8} className="flow-box" />
            <Link to={path('step', box.step.step.id)}>
              {box.title.map((line, lineIndex) => (
                <text key={lineIndex} x={BOX_X + 10} y={box.y + 18 + lineIndex * LINE} className="flow-title">
                  {line}
                </text>
              ))}
            </Link>
            {box.actors.map((line, lineIndex) => (
              <text
                key={lineIndex}
                x={BOX_X + 10}
                y={box.y + 18 + (box.title.length + lineIndex) * LINE}
                className="flow-actors"
              >
                {line}
              </text>
            ))}
            {index < boxes.length - 1 ? (
              <>
                <line
                  x1={ARROW_X}
                  y1={box.y + box.height}
                  x2={ARROW_X}
                  y2={boxes[index + 1].y - 2}
                  stroke="#475569"
                  strokeWidth={2}
                  markerEnd="url(#arrow)"
                />
                {box.handover.map((line, lineIndex) => (
                  <text
                    key={lineIndex}
                    x={ARROW_X + 12}
                    y={box.y + box.height + 16 + lineIndex * LINE}
                    className="flow-handover"
                  >
                    {line}
                  </text>
                ))}
              </>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption id="flow-caption" className="visually-hidden">
        {steps.map((step) => `${step.order}. ${step.step.label}`).join(' → ')}
      </figcaption>
    </figure>
  );
}
