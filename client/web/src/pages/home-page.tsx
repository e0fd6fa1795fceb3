import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n';
import { Layout } from '../components/layout';
import { SearchResults } from '../components/search-results';
import { OrganizationPicker, PlaceSelect, StepSelect, type PickedOrganization } from '../components/pickers';
import { path, useNavigate, useRoute } from '../router';

/** Start page: one search box, then the three questions people come with, as forms with pickers. */
export function HomePage() {
  const t = useT();
  const route = useRoute();
  const navigate = useNavigate();
  const q = route.params.get('q') ?? '';
  const [text, setText] = useState(q);
  const searchId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    navigate(trimmed ? `/?q=${encodeURIComponent(trimmed)}` : '/');
  };

  return (
    <Layout title={t('appTitle')}>
      <p className="lead">{t('appTagline')}</p>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor={searchId}>{t('searchLabel')}</label>
        <div className="search-row">
          <input
            id={searchId}
            type="search"
            role="searchbox"
            name="q"
            value={text}
            placeholder={t('searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('searchButton')}</button>
        </div>
      </form>
      {q.length >= 2 ? <SearchResults q={q} /> : null}
      <h2>{t('questions')}</h2>
      <div className="question-grid">
        <ResponsibleForm />
        <LegalBasisForm />
        <PartnersForm />
      </div>
    </Layout>
  );
}

function ResponsibleForm() {
  const t = useT();
  const route = useRoute();
  const navigate = useNavigate();
  const [step, setStep] = useState('shelter');
  const [region, setRegion] = useState('ntt');
  const [date, setDate] = useState(route.asOf);
  const dateId = useId();
  return (
    <form
      className="question"
      aria-labelledby="q-responsible"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`/responsibilities?step=${step}&region=${region}&asOf=${date}`);
      }}
    >
      <h3 id="q-responsible">{t('qResponsible')}</h3>
      <p className="help">{t('qResponsibleHelp')}</p>
      <StepSelect value={step} onChange={setStep} />
      <PlaceSelect value={region} onChange={setRegion} />
      <div className="form-row">
        <label htmlFor={dateId}>{t('date')}</label>
        <input id={dateId} type="date" value={date} required onChange={(event) => setDate(event.target.value)} />
      </div>
      <button type="submit">{t('ask')}</button>
    </form>
  );
}

function LegalBasisForm() {
  const t = useT();
  const navigate = useNavigate();
  const [org, setOrg] = useState<PickedOrganization | null>(null);
  return (
    <form
      className="question"
      aria-labelledby="q-legal"
      onSubmit={(event) => {
        event.preventDefault();
        if (org) navigate(path('legal-basis', org.id));
      }}
    >
      <h3 id="q-legal">{t('qLegalBasis')}</h3>
      <p className="help">{t('qLegalBasisHelp')}</p>
      <OrganizationPicker value={org} onChange={setOrg} />
      <button type="submit" disabled={!org}>
        {t('ask')}
      </button>
    </form>
  );
}

function PartnersForm() {
  const t = useT();
  const navigate = useNavigate();
  const [org, setOrg] = useState<PickedOrganization | null>(null);
  const [step, setStep] = useState('');
  const [region, setRegion] = useState('');
  // Without an organisation, "who can we work with on this step here" is the list of who works on it there.
  const canAsk = org !== null || (step !== '' && region !== '');
  return (
    <form
      className="question"
      aria-labelledby="q-partners"
      onSubmit={(event) => {
        event.preventDefault();
        if (!org) {
          if (canAsk) navigate(`/responsibilities?step=${step}&region=${region}`);
          return;
        }
        const params = new URLSearchParams();
        if (step) params.set('step', step);
        if (region) params.set('region', region);
        navigate(`${path('partners', org.id)}?${params.toString()}`);
      }}
    >
      <h3 id="q-partners">{t('qPartners')}</h3>
      <p className="help">{t('qPartnersHelp')}</p>
      <OrganizationPicker value={org} onChange={setOrg} />
      <StepSelect value={step} onChange={setStep} optional />
      <PlaceSelect value={region} onChange={setRegion} optional />
      <button type="submit" disabled={!canAsk}>
        {t('ask')}
      </button>
    </form>
  );
}
