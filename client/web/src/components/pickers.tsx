import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PICKERS, SEARCH } from '../operations';
import { useT } from '../i18n';
import { useDebounced } from './use-debounced';

const PILLARS = ['PREVENTION', 'PROTECTION', 'PROSECUTION', 'PARTNERSHIP'];
// Places people ask about first: NTT and its regencies, islands and cities; then the rest.
const PLACE_ORDER = ['PROVINCE', 'REGENCY', 'CITY', 'ISLAND', 'DISTRICT', 'TOWN', 'VILLAGE', 'COUNTRY', 'REGION'];

export function usePickers() {
  const t = useT();
  return useQuery<any>(PICKERS, { variables: { lang: t.lang.toUpperCase() } });
}

/** A step select, grouped by pillar. */
export function StepSelect({ value, onChange, optional }: SelectProps) {
  const t = useT();
  const steps: any[] = usePickers().data?.steps ?? [];
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{t('step')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required={!optional}>
        {optional ? <option value="">{t('anyStep')}</option> : null}
        {PILLARS.map((pillar) => (
          <optgroup key={pillar} label={t.enumLabel(pillar)}>
            {steps
              .filter((step) => step.pillar === pillar)
              .map((step) => (
                <option key={step.id} value={step.id}>
                  {step.parent ? step.label : `${step.label} (${t('pillar').toLowerCase()})`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** A place select: NTT first, then regencies and cities, islands, districts… alphabetically within each kind. */
export function PlaceSelect({ value, onChange, optional }: SelectProps) {
  const t = useT();
  const regions: any[] = usePickers().data?.regions ?? [];
  const id = useId();
  const sorted = [...regions].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) || Number(b.id === 'ntt') - Number(a.id === 'ntt') || a.label.localeCompare(b.label),
  );
  return (
    <div className="form-row">
      <label htmlFor={id}>{t('place')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required={!optional}>
        {optional ? <option value="">{t('anyPlace')}</option> : null}
        {sorted.map((region) => (
          <option key={region.id} value={region.id}>
            {region.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const rank = (kind: string) => {
  const index = PLACE_ORDER.indexOf(kind);
  return index < 0 ? PLACE_ORDER.length : index;
};

interface SelectProps {
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
}

export interface PickedOrganization {
  id: string;
  label: string;
}

/** Finds an organisation by typing part of its name (typos and acronyms welcome) and picking it: no ids to type. */
export function OrganizationPicker({
  value,
  onChange,
}: {
  value: PickedOrganization | null;
  onChange: (org: PickedOrganization | null) => void;
}) {
  const t = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const { data } = useQuery<any>(SEARCH, {
    variables: { text: query, kinds: ['ORGANIZATION', 'TASK_FORCE'], first: 6, lang: t.lang.toUpperCase() },
    skip: query.length < 2 || value !== null,
  });
  const hits: any[] = query.length >= 2 ? (data?.search.nodes ?? []) : [];

  if (value) {
    return (
      <div className="form-row picked">
        <span className="label">{t('organization')}</span>
        <span>
          <strong>{t('chosen', { name: value.label })}</strong>{' '}
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('change')}
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="form-row">
      <label htmlFor={inputId}>{t('organization')}</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        placeholder={t('typeToFind')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {hits.length > 0 ? (
        <ul className="pick-list" aria-label={t('organization')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onChange({ id: hit.id, label: hit.node.label })}>
                {t('choose')}: {hit.node.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
