import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { SOURCE_DOCUMENTS } from '../operations';
import { pick, useT } from '../i18n';
import { Link, path } from '../router';

export interface SourceRef {
  file: string;
  locator: string;
  quote: string;
  basis: string;
}

export interface LegalBasisRef {
  instrument: { id: string; label: string };
  article: { id: string; number: string } | null;
}

const TASK_FORCE_KINDS = new Set(['TASK_FORCE', 'SUB_TASK_FORCE']);

/** The page an organisation opens on: task forces have their own page with posts and duties. */
export const organizationPath = (org: { id: string; kind?: string | null }): string =>
  org.kind && TASK_FORCE_KINDS.has(org.kind) ? path('task-force', org.id) : path('organization', org.id);

export function OrgLink({ org }: { org: { id: string; label: string; kind?: string | null } }) {
  return <Link to={organizationPath(org)}>{org.label}</Link>;
}

/** A fact's sources, folded: one click shows paper, line, verbatim quote and whether it is stated or inferred. */
export function Sources({ sources }: { sources: readonly SourceRef[] }) {
  const t = useT();
  const documents = useQuery<any>(SOURCE_DOCUMENTS).data?.sources ?? [];
  if (sources.length === 0)
    return (
      <span className="muted">
        {t('source')}: {t('notStated')}
      </span>
    );
  return (
    <details className="sources">
      <summary>{t('sources', { n: sources.length })}</summary>
      <ul>
        {sources.map((source, index) => {
          const doc = documents.find((d: any) => d.file === source.file);
          return (
            <li key={index}>
              <blockquote lang="en">“{source.quote}”</blockquote>
              <div className="source-meta">
                {doc ? `${doc.title}${doc.year ? ` (${doc.year})` : ''}` : source.file} · {t('line')}{' '}
                {source.locator.replace(/^L/, '')} ·{' '}
                <span className={`basis basis-${source.basis.toLowerCase()}`}>
                  {source.basis === 'STATED' ? t('stated') : t('inferred')}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Instrument and article, linked; "not stated in the sources" when there is none. */
export function LegalBasisText({ bases }: { bases: readonly LegalBasisRef[] }) {
  const t = useT();
  if (bases.length === 0) return <span className="not-stated">{t('notStated')}</span>;
  return (
    <ul className="inline-list">
      {bases.map((basis, index) => (
        <li key={index}>
          {basis.article ? `${t('article', { n: basis.article.number })}, ` : ''}
          <Link to={path('instrument', basis.instrument.id)}>{basis.instrument.label}</Link>
        </li>
      ))}
    </ul>
  );
}

/** "since 2023-02-20", "2018-04 until 2023-02-20", or "not stated in the sources". */
export function Period({ from, to }: { from: string | null; to: string | null }) {
  const t = useT();
  if (!from && !to) return <span className="not-stated">{t('notStated')}</span>;
  if (!to) return <span>{t('sinceDate', { date: from ?? '' })}</span>;
  return (
    <span>
      {from ?? t('notStated')} {t('until', { date: to })}
    </span>
  );
}

export function Localized({ text }: { text: { english?: string | null; indonesian?: string | null } | null }) {
  const t = useT();
  const value = pick(text, t.lang);
  return value ? <>{value}</> : <span className="not-stated">{t('notStated')}</span>;
}

// The API's codes for an id that names nothing: on a page that means a wrong or outdated link.
const UNKNOWN_ID_CODES = new Set(['NOT_FOUND', 'UNKNOWN_REGION', 'UNKNOWN_STEP', 'UNKNOWN_ORGANIZATION']);

/** The API's stable error code (Apollo Client 4 keeps GraphQL errors on `errors`). */
const errorCode = (error: Error): string | undefined => (error as any).errors?.[0]?.extensions?.code;

/** Loading and error states of a query, so every page says what is happening. */
export function QueryState({
  loading,
  error,
  children,
}: {
  loading: boolean;
  error?: Error;
  children: () => ReactNode;
}) {
  const t = useT();
  if (loading) return <p role="status">{t('loading')}</p>;
  if (error) {
    const code = errorCode(error);
    return (
      <div role="alert" className="error">
        <p>{code && UNKNOWN_ID_CODES.has(code) ? t('unknownId') : t('error', { message: error.message })}</p>
        <p>
          <Link to="/">{t('backHome')}</Link>
        </p>
      </div>
    );
  }
  return <>{children()}</>;
}

export function AsOfNote({ date }: { date: string }) {
  const t = useT();
  return (
    <p className="as-of">
      {t('asOf')}: <time dateTime={date}>{date}</time>
    </p>
  );
}

/** A labelled row of an answer card. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
