import { useT } from '../i18n';
import { Link, path } from '../router';
import { Field, LegalBasisText, Period, Sources, type LegalBasisRef, type SourceRef } from './common';

export interface MandateRef {
  id: string;
  role: string;
  validFrom: string | null;
  validTo: string | null;
  step: { id: string; label: string };
  region: { id: string; label: string };
  legalBasis: readonly LegalBasisRef[];
  sources: readonly SourceRef[];
}

/**
 * One mandate as a card: the step it is for, the role, where, since when, its legal basis ("not stated" where none
 * is) and its sources. The organisation page and the legal-basis page show mandates the same way.
 */
export function MandateCard({ mandate }: { mandate: MandateRef }) {
  const t = useT();
  return (
    <li className="card">
      <h3 className="card-title">
        <Link to={path('step', mandate.step.id)}>{mandate.step.label}</Link>
      </h3>
      <dl>
        <Field label={t('role')}>{t.enumLabel(mandate.role)}</Field>
        <Field label={t('where')}>
          <Link to={path('place', mandate.region.id)}>{mandate.region.label}</Link>
        </Field>
        <Field label={t('since')}>
          <Period from={mandate.validFrom} to={mandate.validTo} />
        </Field>
        <Field label={t('legalBasis')}>
          <LegalBasisText bases={mandate.legalBasis} />
        </Field>
      </dl>
      <Sources sources={mandate.sources} />
    </li>
  );
}
