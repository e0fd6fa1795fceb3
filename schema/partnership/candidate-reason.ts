import type { Mandate } from '../../server/knowledge/model';
import type { RequestContext } from '../common/context';
import { pick } from '../common/localized';

/** "Works on Shelter (provider) in Kupang City; Legal aid (provider) in Kupang City", in the request's language. */
export async function describeCandidate(mandates: Mandate[], ctx: RequestContext): Promise<string> {
  const parts = await Promise.all(
    mandates.map(async (m) => {
      const [step, place] = await Promise.all([ctx.loaders.step(m.step), ctx.loaders.place(m.area)]);
      const role = m.role.replace(/-/g, ' ');
      const stepLabel = step ? step.label[ctx.lang] : m.step;
      const placeLabel = pick(place?.name, ctx.lang) ?? m.area;
      return ctx.lang === 'id' ? `${stepLabel} (${role}) di ${placeLabel}` : `${stepLabel} (${role}) in ${placeLabel}`;
    }),
  );
  const unique = [...new Set(parts)];
  return (ctx.lang === 'id' ? 'Bekerja pada ' : 'Works on ') + unique.join('; ');
}
