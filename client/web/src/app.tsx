import { lazy, Suspense } from 'react';
import { useT } from './i18n';
import { Link, useRoute } from './router';
import { Layout } from './components/layout';
import { HomePage } from './pages/home-page';
import { ResponsibilitiesPage } from './pages/responsibilities-page';
import { LegalBasisPage } from './pages/legal-basis-page';
import { PartnersPage } from './pages/partners-page';
import { OrganizationPage } from './pages/organization-page';
import { TaskForcePage } from './pages/task-force-page';
import { InstrumentPage } from './pages/instrument-page';
import { PlacePage } from './pages/place-page';
import { StepPage } from './pages/step-page';
import { ReferralPathPage } from './pages/referral-path-page';

// GraphiQL and its editor are large: load them only when a developer opens the explorer.
const ExplorerPage = lazy(() => import('./pages/explorer-page'));

/** Picks the page for the URL: every page opens from a deep link. */
export function App() {
  const { segments } = useRoute();
  const [page, id] = segments;
  if (page === undefined) return <HomePage />;
  if (page === 'explorer') {
    return (
      <Suspense fallback={<ExplorerFallback />}>
        <ExplorerPage />
      </Suspense>
    );
  }
  if (page === 'responsibilities') return <ResponsibilitiesPage />;
  if (id !== undefined) {
    switch (page) {
      case 'legal-basis':
        return <LegalBasisPage organization={id} />;
      case 'partners':
        return <PartnersPage organization={id} />;
      case 'organization':
        return <OrganizationPage id={id} />;
      case 'task-force':
        return <TaskForcePage id={id} />;
      case 'instrument':
        return <InstrumentPage id={id} />;
      case 'place':
        return <PlacePage id={id} />;
      case 'step':
        return <StepPage id={id} />;
      case 'referral-path':
        return <ReferralPathPage id={id} />;
    }
  }
  return <NotFound />;
}

function ExplorerFallback() {
  const t = useT();
  return <p role="status">{t('explorerLoading')}</p>;
}

function NotFound() {
  const t = useT();
  return (
    <Layout title={t('notFound')}>
      <Link to="/">{t('backHome')}</Link>
    </Layout>
  );
}
