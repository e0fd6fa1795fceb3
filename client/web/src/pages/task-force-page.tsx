import { useQuery } from '@apollo/client/react';
import { TASK_FORCE } from '../entity-operations';
import { pick, useT } from '../i18n';
import { Layout } from '../components/layout';
import { Field, LegalBasisText, Localized, OrgLink, Period, QueryState, Sources } from '../components/common';
import { Link, path } from '../router';

const POSITION_ORDER = [
  'KETUA',
  'KETUA_HARIAN',
  'KOORDINATOR',
  'WAKIL_KOORDINATOR',
  'SEKRETARIS',
  'ANGGOTA',
  'NOT_STATED',
];

/** A task force: decree, period, sub-task forces with posts by position and duties, and what changed since the last. */
export function TaskForcePage({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error } = useQuery<any>(TASK_FORCE, { variables: { id, lang: t.lang.toUpperCase() } });
  const taskForce = data?.taskForce;
  return (
    <Layout title={taskForce?.label ?? t('taskForce')}>
      <QueryState loading={loading} error={error}>
        {() => (
          <>
            <dl className="facts">
              <Field label={t('decree')}>
                <LegalBasisText bases={taskForce.establishedBy ? [taskForce.establishedBy] : []} />
              </Field>
              <Field label={t('period')}>
                <Period from={taskForce.validFrom} to={taskForce.validTo} />
              </Field>
              <Field label={t('area')}>
                {taskForce.area ? (
                  <Link to={path('place', taskForce.area.id)}>{taskForce.area.label}</Link>
                ) : (
                  t('notStated')
                )}
              </Field>
              {taskForce.parent ? (
                <Field label={t('partOf')}>
                  <OrgLink org={{ ...taskForce.parent, kind: 'TASK_FORCE' }} />
                </Field>
              ) : null}
              <Field label={t('description')}>
                <Localized text={taskForce.description} />
              </Field>
            </dl>
            <Sources sources={taskForce.sources} />
            <p className="actions">
              <Link to={path('legal-basis', taskForce.id)}>{t('seeLegalBasis')}</Link>
              <Link to={path('partners', taskForce.id)}>{t('seeCandidates')}</Link>
            </p>
            {taskForce.succeeds ? <Changes current={taskForce} previous={taskForce.succeeds} /> : null}
            <Members members={taskForce.members} />
            <Duties duties={taskForce.duties} />
            {taskForce.subTaskForces.length > 0 ? (
              <>
                <h2>{t('subTaskForces')}</h2>
                {taskForce.subTaskForces.map((sub: any) => (
                  <section key={sub.id} className="sub-task-force" aria-labelledby={`sub-${sub.id}`}>
                    <h3 id={`sub-${sub.id}`}>
                      <Link to={path('task-force', sub.id)}>{sub.label}</Link>
                    </h3>
                    <Members members={sub.members} level={4} />
                    <Duties duties={sub.duties} level={4} />
                  </section>
                ))}
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Layout>
  );
}

function Members({ members, level = 2 }: { members: any[]; level?: 2 | 4 }) {
  const t = useT();
  if (members.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h4';
  const sorted = [...members].sort((a, b) => POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position));
  return (
    <>
      <Heading>{t('members')}</Heading>
      <ul className="members">
        {sorted.map((membership) => (
          <li key={membership.id}>
            <span className={`position position-${membership.position.toLowerCase()}`}>
              {t.enumLabel(membership.position)}
            </span>{' '}
            <Link to={path('organization', membership.member.id)}>{membership.member.label}</Link>
            <span className="post"> — {pick(membership.post, t.lang)}</span> <Sources sources={membership.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Duties({ duties, level = 2 }: { duties: any[]; level?: 2 | 4 }) {
  const t = useT();
  if (duties.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h4';
  return (
    <>
      <Heading>{t('duties')}</Heading>
      <ol className="duties">
        {duties.map((duty) => (
          <li key={duty.code}>
            <span className="duty-code">{duty.code}.</span>
            <div className="duty-texts">
              <p lang="id">
                <span className="visually-hidden">{t('indonesian')}: </span>
                {duty.text.indonesian ?? t('notStated')}
              </p>
              <p lang="en" className="muted">
                <span className="visually-hidden">{t('english')}: </span>
                {duty.text.english ?? t('notStated')}
              </p>
              <Sources sources={duty.sources} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

const memberIds = (taskForce: any): Map<string, string> => {
  const ids = new Map<string, string>();
  for (const m of taskForce.members) ids.set(m.member.id, m.member.label);
  for (const sub of taskForce.subTaskForces ?? []) for (const m of sub.members) ids.set(m.member.id, m.member.label);
  return ids;
};

/** Which member organisations joined or left between the previous decree's formation and this one. */
function Changes({ current, previous }: { current: any; previous: any }) {
  const t = useT();
  const now = memberIds(current);
  const before = memberIds(previous);
  const joined = [...now].filter(([id]) => !before.has(id));
  const left = [...before].filter(([id]) => !now.has(id));
  return (
    <section aria-labelledby="changes-heading" className="changes">
      <h2 id="changes-heading">{t('changes', { prev: previous.validFrom ?? previous.label })}</h2>
      <p>
        {t('previousFormation')}: <Link to={path('task-force', previous.id)}>{previous.label}</Link> (
        <Period from={previous.validFrom} to={previous.validTo} />)
      </p>
      {before.size === 0 ? <p className="not-stated">{t('changesUnknown')}</p> : null}
      {before.size > 0 && joined.length === 0 && left.length === 0 ? <p>{t('noChange')}</p> : null}
      {before.size > 0 ? <OrganizationList heading={t('joined')} organizations={joined} /> : null}
      <OrganizationList heading={t('left')} organizations={left} />
    </section>
  );
}

/** A heading and linked organisation names; nothing at all when there are none. */
function OrganizationList({ heading, organizations }: { heading: string; organizations: [string, string][] }) {
  if (organizations.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="inline-list">
        {organizations.map(([id, label]) => (
          <li key={id}>
            <Link to={path('organization', id)}>{label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
