import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Link, useNavigate, useRoute } from '../router';

/** Header (home, language, "as of" date, explorer), main landmark and footer, shared by every page. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const route = useRoute();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const here = window.location.pathname;

  useEffect(() => {
    document.title = `${title} — NTT KB`;
    document.documentElement.lang = route.lang;
  }, [title, route.lang]);

  // After a move to another page in the app, put focus on the new page's heading so keyboard and screen-reader users
  // start there (as they would after a full page load), instead of on a link that no longer exists.
  useEffect(() => {
    if (route.moves > 0) heading.current?.focus();
  }, [route.moves]);

  const setParam = (name: string, value: string) => {
    const params = new URLSearchParams(window.location.search);
    params.set(name, value);
    navigate(`${here}?${params.toString()}`, { replace: true });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          NTT · TPPO
        </Link>
        <nav aria-label={t('language')} className="lang-switch">
          {(['en', 'id'] as const).map((lang) => (
            <a
              key={lang}
              href={`${here}?${withLang(lang)}`}
              lang={lang}
              aria-current={route.lang === lang ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setParam('lang', lang);
              }}
            >
              {lang === 'en' ? 'English' : 'Indonesia'}
            </a>
          ))}
        </nav>
        <label className="as-of-picker">
          <span>{t('asOf')}</span>
          <input
            type="date"
            value={route.asOf}
            title={t('asOfHint')}
            onChange={(event) => event.target.value && setParam('asOf', event.target.value)}
          />
        </label>
        <Link to="/explorer" className="explorer-link">
          {t('explorer')}
        </Link>
      </header>
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('appTagline')}</p>
      </footer>
    </>
  );
}

function withLang(lang: string): string {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang);
  return params.toString();
}
