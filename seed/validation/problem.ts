/** One thing wrong with the dataset, located as precisely as the check can. */
export interface Problem {
  /** Stable code of the rule that failed, e.g. SCHEMA, DUPLICATE_ID, UNRESOLVED_REFERENCE, QUOTE_NOT_FOUND. */
  code: ProblemCode;
  /** Data file, relative to seed/data. */
  file: string;
  /** The record's id (or its position in the file when it has no valid id). */
  recordId?: string;
  /** Path of the field inside the record, e.g. sources[0].quote. */
  field?: string;
  message: string;
}

export type ProblemCode =
  | 'YAML_SYNTAX'
  | 'NOT_A_LIST'
  | 'SCHEMA'
  | 'DUPLICATE_ID'
  | 'UNRESOLVED_REFERENCE'
  | 'WRONG_REFERENCE_KIND'
  | 'UNKNOWN_SOURCE_FILE'
  | 'LOCATOR_OUT_OF_RANGE'
  | 'QUOTE_NOT_FOUND'
  | 'EXCLUDED_LINES'
  | 'IDENTITY_NUMBER'
  | 'PERSONAL_NAME'
  | 'INCONSISTENT'
  /** A curator's reading stored as stated: see provenance-rules.ts. */
  | 'STATED_BUT_READ'
  /** A record tagged with a wider place than the one its quotes name. */
  | 'PLACE_TOO_WIDE'
  /** Two organisations given the role lead for one shared effort (the same step, on the same quote). */
  | 'SHARED_LEAD';

export function toFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
