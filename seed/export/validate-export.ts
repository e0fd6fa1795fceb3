import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { AnySchemaObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { ExportFile } from './build-export';
import { findRepoRoot } from '../paths';

/**
 * Checks an export against the standards' own JSON Schemas, vendored in schemas/ (see the README): the Data Package
 * descriptor against Frictionless' Tabular Data Package profile, and every HSDS object against Open Referral's HSDS 3
 * schemas, with ajv. Then every CSV against its Table Schema: header, required values, enums, patterns, numbers,
 * unique primary keys and foreign keys that resolve, as a Frictionless validator would.
 */

export interface ExportProblem {
  file: string;
  message: string;
}

// From the repository root, so the compiled code in dist/ finds them too (tsc does not copy JSON files).
const SCHEMAS_DIR = join(findRepoRoot(), 'seed', 'export', 'schemas');
const readSchema = (path: string) => JSON.parse(readFileSync(join(SCHEMAS_DIR, path), 'utf8')) as AnySchemaObject;
const HSDS_SCHEMA_FILES = ['organization.json', 'service.json', 'service_area.json'];

let validators: { dataPackage: ValidateFunction; organization: ValidateFunction; service: ValidateFunction } | null =
  null;

/**
 * HSDS objects refer to many others (phones, schedules, locations…). Only the ones this export fills are vendored; a
 * reference to any other resolves to a schema that matches nothing, so an export that ever emits one of them fails
 * here until its schema is vendored too.
 */
function hsdsValidators(ajv: Ajv) {
  const schemas = HSDS_SCHEMA_FILES.map((file) => readSchema(`hsds/${file}`));
  const base = String(schemas[0].$id).replace(/[^/]+$/, '');
  const vendored = new Set(HSDS_SCHEMA_FILES);
  const referenced = new Set(
    JSON.stringify(schemas)
      .match(/"\$ref":"[^"]+"/g)
      ?.map((r) => r.slice(8, -1)) ?? [],
  );
  schemas.forEach((schema) => ajv.addSchema(schema));
  for (const ref of referenced)
    if (!vendored.has(ref)) ajv.addSchema({ $id: `${base}${ref}`, not: {}, description: 'not emitted by this export' });
  return { organization: ajv.getSchema(`${base}organization.json`)!, service: ajv.getSchema(`${base}service.json`)! };
}

function loadValidators() {
  if (validators) return validators;
  const draft04 = new AjvDraft04({ strict: false, allErrors: true, logger: false });
  const hsdsAjv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(hsdsAjv);
  validators = {
    dataPackage: draft04.compile(readSchema('frictionless/tabular-data-package.json')),
    ...hsdsValidators(hsdsAjv),
  };
  return validators;
}

const schemaProblems = (file: string, validate: ValidateFunction, value: unknown, where = ''): ExportProblem[] =>
  validate(value)
    ? []
    : (validate.errors ?? []).map((e) => ({
        file,
        message: `${where}${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
      }));

export function validateExport(files: ExportFile[]): ExportProblem[] {
  const v = loadValidators();
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const problems: ExportProblem[] = [];
  const parsed = (path: string): unknown => {
    const text = byPath.get(path);
    if (text === undefined) {
      problems.push({ file: path, message: 'is missing from the export' });
      return undefined;
    }
    return JSON.parse(text);
  };
  const descriptor = parsed('datapackage.json') as DataPackage | undefined;
  if (descriptor) {
    problems.push(...schemaProblems('datapackage.json', v.dataPackage, descriptor));
    problems.push(...checkTables(descriptor, byPath));
  }
  for (const [path, validate] of [
    ['hsds/organizations.json', v.organization],
    ['hsds/services.json', v.service],
  ] as const) {
    const items = parsed(path);
    if (!Array.isArray(items)) {
      if (items !== undefined) problems.push({ file: path, message: 'is not a JSON array' });
      continue;
    }
    items.forEach((item, i) => problems.push(...schemaProblems(path, validate, item, `[${i}]`)));
  }
  return problems;
}

// ---- The CSVs against their Table Schemas -------------------------------------------------------------------------

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
interface DataPackage {
  resources: Resource[];
}

function checkTables(descriptor: DataPackage, byPath: Map<string, string>): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    const text = byPath.get(resource.path);
    if (text === undefined) {
      problems.push({ file: resource.path, message: 'is declared in datapackage.json but missing' });
      continue;
    }
    const [header, ...rows] = parse(text, { bom: false }) as string[][];
    const names = resource.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      problems.push({ file: resource.path, message: `header ${header.join(',')} is not ${names.join(',')}` });
    const records = rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? ''])));
    tables.set(resource.name, records);
    records.forEach((record, i) =>
      resource.schema.fields.forEach((field) => {
        const problem = checkCell(field, record[field.name]);
        if (problem) problems.push({ file: resource.path, message: `row ${i + 2}, ${field.name}: ${problem}` });
      }),
    );
    const keys = records.map((r) => resource.schema.primaryKey.map((k) => r[k]).join('\u0000'));
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (duplicates.length)
      problems.push({ file: resource.path, message: `duplicate primary keys: ${duplicates.slice(0, 5).join(', ')}` });
  }
  for (const resource of descriptor.resources)
    for (const fk of resource.schema.foreignKeys ?? []) {
      const targets = new Set((tables.get(fk.reference.resource) ?? []).map((r) => r[fk.reference.fields]));
      (tables.get(resource.name) ?? []).forEach((record, i) => {
        const value = record[fk.fields];
        if (value !== '' && !targets.has(value))
          problems.push({
            file: resource.path,
            message: `row ${i + 2}, ${fk.fields}: "${value}" is not in ${fk.reference.resource}`,
          });
      });
    }
  return problems;
}

function checkCell(field: Field, value: string): string | null {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'is required' : null;
  if (c.enum && !c.enum.includes(value)) return `"${value}" is not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `"${value}" does not match ${c.pattern}`;
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return `"${value}" is not an integer`;
  if (field.type === 'number' && !Number.isFinite(Number(value))) return `"${value}" is not a number`;
  return null;
}
