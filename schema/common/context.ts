import type { Language } from './enums';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { createLoaders, Loaders } from './loaders';

/** What every resolver gets for one request. */
export interface RequestContext {
  /** The language labels default to: the `Accept-Language` header's first supported language, else English. */
  lang: Language;
  loaders: Loaders;
}

/** Picks the first language of an Accept-Language header that the API speaks (en or id). */
export function toLanguage(acceptLanguage: string | undefined | null): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0].toLowerCase();
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A fresh context for one request: its language and its own loaders, so no answer leaks between requests. */
export const createRequestContext = (
  store: KnowledgeStore,
  acceptLanguage: string | undefined | null,
): RequestContext => ({
  lang: toLanguage(acceptLanguage),
  loaders: createLoaders(store),
});
