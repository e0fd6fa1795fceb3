import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { toLang, type Lang } from './i18n';

/**
 * A small History-API router. The app has a dozen flat routes and two global URL parameters (`lang`, `asOf`) that
 * every link must carry; a hand-written router keeps that rule in one function (`withGlobals`) and adds nothing to
 * the first load.
 */
export interface Route {
  /** Path segments, decoded: `/organization/iom` -> ['organization', 'iom']. */
  segments: string[];
  params: URLSearchParams;
  lang: Lang;
  /** YYYY-MM-DD: the day answers are for; today when the URL has none. */
  asOf: string;
  /** How many times the user moved to another page in the app (0 on the page first loaded). */
  moves: number;
}

interface RouterState {
  route: Route;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

const GLOBAL_PARAMS = ['lang', 'asOf'] as const;

function readRoute(moves = 0): Route {
  const { pathname, search } = window.location;
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return {
    segments: pathname.split('/').filter(Boolean).map(decodeURIComponent),
    params,
    lang: toLang(params.get('lang')),
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today(),
    moves,
  };
}

/** Adds the current language and date to a link unless it sets its own. */
export function withGlobals(to: string, current: URLSearchParams): string {
  const url = new URL(to, window.location.origin);
  for (const name of GLOBAL_PARAMS) {
    const value = current.get(name);
    if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  return url.pathname + url.search + url.hash;
}

const RouterContext = createContext<RouterState | null>(null);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState(() => readRoute());
  useEffect(() => {
    const onPop = () => setRoute((current) => readRoute(current.moves + 1));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    const target = withGlobals(to, new URLSearchParams(window.location.search));
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    // Replacing (language, date) keeps the reader where they are; moving to another page counts as a move.
    setRoute((current) => readRoute(options.replace ? current.moves : current.moves + 1));
    if (!options.replace) window.scrollTo(0, 0);
  }, []);
  const state = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouterContext.Provider value={state}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('useRouter outside RouterProvider');
  return state;
}

export const useRoute = (): Route => useRouter().route;
export const useNavigate = () => useRouter().navigate;

/** Builds a path from segments, encoding each: path('organization', id). */
export const path = (...segments: string[]): string => '/' + segments.map(encodeURIComponent).join('/');

/** An ordinary link (so it opens in a new tab, can be copied and shared) that navigates in place on a plain click. */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { route, navigate } = useRouter();
  const href = withGlobals(to, route.params);
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        rest.onClick?.(event);
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
