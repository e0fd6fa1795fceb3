import { useQuery } from '@apollo/client/react';
import { SEARCH } from '../operations';
import { useT, type Lang } from '../i18n';
import { Link, path } from '../router';
import { toHitPage, toSnippetParts } from '../search-hits';
import { QueryState } from './common';

/** The API's SearchKind values in words (a hit may be a record or a part of one). */
const HIT_KIND_LABELS: Record<string, Record<Lang, string>> = {
  ORGANIZATION: { en: 'Organisation', id: 'Organisasi' },
  TASK_FORCE: { en: 'Task force', id: 'Gugus tugas' },
  INSTRUMENT: { en: 'Law or decree', id: 'Peraturan' },
  ARTICLE: { en: 'Article', id: 'Pasal' },
  PENALTY: { en: 'Penalty', id: 'Sanksi' },
  PLACE: { en: 'Place', id: 'Tempat' },
  STEP: { en: 'Step', id: 'Tahapan' },
  DUTY: { en: 'Duty', id: 'Tugas' },
  MANDATE: { en: 'Mandate', id: 'Mandat' },
  MEMBERSHIP: { en: 'Post in a task force', id: 'Jabatan dalam gugus tugas' },
  PARTNERSHIP: { en: 'Partnership', id: 'Kemitraan' },
  REFERRAL_PATH: { en: 'Referral path', id: 'Alur rujukan' },
  REFERRAL_STEP: { en: 'Referral step', id: 'Langkah rujukan' },
  GAP: { en: 'Gap', id: 'Kesenjangan' },
  STATISTIC: { en: 'Statistic', id: 'Statistik' },
  FINDING: { en: 'Finding', id: 'Temuan' },
  KNOWN_UNKNOWN: { en: 'Open question', id: 'Pertanyaan terbuka' },
  DISAGREEMENT: { en: 'Sources disagree', id: 'Sumber berbeda' },
};

/**
 * Search results: each hit's kind, its label linking to the page that shows it, the record it belongs to and the
 * passage that matched with the matched words marked.
 */
export function SearchResults({ q }: { q: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(SEARCH, {
    variables: { text: q, first: 20, lang: t.lang.toUpperCase() },
    // A hit's label and snippet follow the request's language, not an argument, so the cache cannot tell them apart.
    context: { headers: { 'accept-language': t.lang } },
    fetchPolicy: 'no-cache',
  });
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading">{t('searchResults', { q })}</h2>
      <QueryState loading={loading} error={error}>
        {() =>
          data.search.nodes.length === 0 ? (
            <p>{t('noResults', { q })}</p>
          ) : (
            <ul className="result-list">
              {data.search.nodes.map((hit: any) => (
                <SearchHitItem key={`${hit.kind}-${hit.id}`} hit={hit} q={q} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function SearchHitItem({ hit, q }: { hit: any; q: string }) {
  const t = useT();
  const page = toHitPage(hit);
  // The owner is worth naming only when it is not already what the link opens.
  const owner = hit.owner && hit.owner.id !== hit.node.id ? hit.owner : null;
  return (
    <li className="hit">
      <span className={`kind kind-${hit.kind.toLowerCase()}`}>{HIT_KIND_LABELS[hit.kind]?.[t.lang] ?? hit.kind}</span>{' '}
      {page ? <Link to={path(...page)}>{hit.label}</Link> : <span>{hit.label}</span>}
      {owner ? <span className="hit-owner"> · {t('partOfRecord', { owner: owner.label })}</span> : null}
      {hit.snippet && hit.snippet !== hit.label ? <Snippet text={hit.snippet} q={q} /> : null}
    </li>
  );
}

function Snippet({ text, q }: { text: string; q: string }) {
  const t = useT();
  return (
    <p className="snippet">
      <span className="visually-hidden">{t('matchedText')}: </span>
      {toSnippetParts(text, q).map((part, index) =>
        part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
