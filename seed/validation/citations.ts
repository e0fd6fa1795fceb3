import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A citation found anywhere inside a record, with the path of the field that holds it. */
export interface FoundCitation {
  field: string;
  file: string;
  locator: string;
  quote: string;
}

/** Lines of a source that must never be cited (a table of assisted persons; see shared/sources/README.md). */
export const EXCLUDED_LINES: Record<string, [number, number]> = {
  '001_0e5a4cf207258104.txt': [163, 183],
};

export const normalizeWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Walks a record and returns every `{ file, locator, quote }` object in it. */
export function findCitations(value: unknown, path = ''): FoundCitation[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findCitations(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.file === 'string' && typeof obj.locator === 'string' && typeof obj.quote === 'string') {
    return [{ field: path, file: obj.file, locator: obj.locator, quote: obj.quote }];
  }
  return Object.entries(obj).flatMap(([key, child]) => findCitations(child, path ? `${path}.${key}` : key));
}

export function parseLocator(locator: string): { from: number; to: number } | null {
  const match = /^L(\d+)(?:-(\d+))?$/.exec(locator);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return to >= from ? { from, to } : null;
}

/** The text of the source papers, line by line, when they are available on this machine. */
export class SourceTexts {
  private constructor(
    readonly dir: string | null,
    private readonly lines: Map<string, string[]>,
  ) {}

  static load(dir: string | null): SourceTexts {
    const lines = new Map<string, string[]>();
    if (dir !== null && existsSync(dir)) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        lines.set(name, readFileSync(join(dir, name), 'utf8').split(/\r?\n/));
      }
    }
    return new SourceTexts(lines.size > 0 ? dir : null, lines);
  }

  get available(): boolean {
    return this.dir !== null;
  }

  lineCount(file: string): number | undefined {
    return this.lines.get(file)?.length;
  }

  /** Lines from..to (1-based, inclusive) of the file joined with spaces, or undefined when the file is not loaded. */
  textOf(file: string, from: number, to: number): string | undefined {
    return this.lines
      .get(file)
      ?.slice(from - 1, to)
      .join(' ');
  }

  /** Whether the quote appears, whitespace-normalised, in lines from..to (1-based, inclusive) of the file. */
  contains(file: string, from: number, to: number, quote: string): boolean {
    const lines = this.lines.get(file);
    if (!lines) return false;
    return normalizeWhitespace(lines.slice(from - 1, to).join(' ')).includes(normalizeWhitespace(quote));
  }

  /** First lines of the shortest spans where the quote does appear, to help a curator fix a wrong locator. */
  findLines(file: string, quote: string): number[] {
    const lines = this.lines.get(file) ?? [];
    const needle = normalizeWhitespace(quote);
    const spanHas = (from: number, to: number) => normalizeWhitespace(lines.slice(from, to).join(' ')).includes(needle);
    const found: number[] = [];
    for (let i = 0; i < lines.length && found.length < 3; i++) {
      for (let span = 1; span <= 12 && i + span <= lines.length; span++) {
        if (spanHas(i, i + span)) {
          // A span that still holds the quote without its first line starts later.
          if (!spanHas(i + 1, i + span)) found.push(i + 1);
          break;
        }
      }
    }
    return found;
  }
}
