import type { Language } from './enums';

type Localized = { id?: string; en?: string } | undefined;

/** The text in the requested language, falling back to the other one (every record has at least one). */
export function pick(text: Localized, lang: Language): string | null {
  if (text === undefined) return null;
  return (lang === 'id' ? (text.id ?? text.en) : (text.en ?? text.id)) ?? null;
}

export const pickRequired = (text: Localized, lang: Language, fallback: string): string => pick(text, lang) ?? fallback;
