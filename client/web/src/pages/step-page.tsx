import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { STEP } from '../entity-operations';
import { useT } from '../i18n';
import { Layout } from '../components/layout';
import { Field, Localized, QueryState } from '../components/common';
import { PlaceSelect } from '../components/pickers';
import { Link, path, useNavigate } from '../router';

/** A step of the response: what it is, its pillar and sub-steps, and a way to ask who does it in a place. */
export function StepPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [region, setRegion] = useState('ntt');
  const { data, loading, error } = useQuery<any>(STEP, { variables: { id, lang: t.lang.toUpperCase() } });
  const step = data?.node;
  return (
    <Layout title={step?.label ?? t('step')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <dl className="facts">
              <Field label={t('pillar')}>{t.enumLabel(step.pillar)}</Field>
              {step.parent ? (
                <Field label={t('partOf')}>
                  <Link to={path('step', step.parent.id)}>{step.parent.label}</Link>
                </Field>
              ) : null}
              <Field label={t('about')}>
                <Localized text={step.description} />
              </Field>
            </dl>
            {step.children.length > 0 ? (
              <>
                <h2>{t('subSteps')}</h2>
                <ul>
                  {step.children.map((child: any) => (
                    <li key={child.id}>
                      <Link to={path('step', child.id)}>{child.label}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <form
              className="question"
              aria-labelledby="step-where"
              onSubmit={(event) => {
                event.preventDefault();
                navigate(`/responsibilities?step=${step.id}&region=${region}`);
              }}
            >
              <h2 id="step-where">{t('whoForStepIn')}</h2>
              <PlaceSelect value={region} onChange={setRegion} />
              <button type="submit">{t('ask')}</button>
            </form>
          </>
        )}
      </QueryState>
    </Layout>
  );
}
