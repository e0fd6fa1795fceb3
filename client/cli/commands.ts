import { Command, requireOption, toPage, toPillar } from './command';
import { formatFindings, formatKnownUnknowns } from './format/context.format';
import { toCount } from './cli-args';
import { formatCoverage } from './format/coverage.format';
import { formatGaps, formatInstrument, formatStatistics } from './format/fact.format';
import { formatOrganization, formatTaskForce } from './format/organization.format';
import { formatPartners } from './format/partner.format';
import { formatReferralPath, formatReferralPaths } from './format/referral-path.format';
import { formatLegalBasisReport, formatResponsibilities } from './format/responsibility.format';
import { formatRegions, formatSearch, formatSteps } from './format/vocabulary.format';
import type { TypedDocumentNode } from '@apollo/client';
import type { Language } from '../api/api-client';
import * as ops from '../api/operations';

/** A command that takes one id, asks for that record and formats it in the client's language. */
function showById<Data>(
  name: string,
  summary: string,
  document: TypedDocumentNode<Data, { id: string }>,
  format: (data: Data, language: Language) => string[],
): Command {
  return {
    name,
    synopsis: '<id>',
    summary,
    options: [],
    positionals: 1,
    async run(client, { positionals, language }) {
      const data = await client.query(document, { id: positionals[0] });
      return { data, lines: format(data, language) };
    },
  };
}

/** The variables of a list by place and step, a page at a time. */
interface PlaceAndStepPage {
  region?: string;
  step?: string;
  first?: number;
  after?: string;
}

/** A command that lists records by place (`--region`) and step (`--step`), a page at a time. */
function listByPlaceAndStep<Data>(
  name: string,
  summary: string,
  document: TypedDocumentNode<Data, PlaceAndStepPage>,
  format: (data: Data, variables: PlaceAndStepPage) => string[],
): Command {
  return {
    name,
    synopsis: '[--region <id>] [--step <id>] [--first n] [--after cursor]',
    summary,
    options: ['region', 'step', 'first', 'after'],
    positionals: 0,
    async run(client, { options }) {
      const variables = { region: options.region, step: options.step, ...toPage(options) };
      const data = await client.query(document, variables);
      return { data, lines: format(data, variables) };
    },
  };
}

/** The CLI's commands: each turns its arguments into one named operation and formats the answer. */

export const COMMANDS: readonly Command[] = [
  {
    name: 'responsibilities',
    synopsis: '--step <id> --region <id> [--as-of YYYY-MM-DD] [--first n] [--after cursor]',
    summary: 'who is responsible for a step in a place on a day, with role, scope, legal basis and sources',
    options: ['step', 'region', 'as-of', 'first', 'after'],
    required: ['step', 'region'],
    positionals: 0,
    async run(client, input) {
      const { options } = input;
      const step = requireOption(input, 'step');
      const variables = { step, region: requireOption(input, 'region'), asOf: options['as-of'], ...toPage(options) };
      const data = await client.query(ops.RESPONSIBILITIES, variables);
      return { data, lines: formatResponsibilities(data, variables) };
    },
  },
  {
    name: 'coverage',
    synopsis: '--region <id> [--as-of YYYY-MM-DD]',
    summary: 'for each step, who covers it in a place, which steps nobody covers, and documented gaps',
    options: ['region', 'as-of'],
    required: ['region'],
    positionals: 0,
    async run(client, input) {
      const data = await client.query(ops.COVERAGE, {
        region: requireOption(input, 'region'),
        asOf: input.options['as-of'],
      });
      return { data, lines: formatCoverage(data) };
    },
  },
  {
    name: 'legal-basis',
    synopsis: '<organization-id>',
    summary: "an organisation's mandates and the instruments and articles they rest on",
    options: [],
    positionals: 1,
    async run(client, { positionals }) {
      const data = await client.query(ops.LEGAL_BASIS, { organization: positionals[0] });
      return { data, lines: formatLegalBasisReport(data) };
    },
  },
  {
    name: 'organization',
    synopsis: '<id> [--as-of YYYY-MM-DD]',
    summary: 'one organisation: what it is, its posts and its mandates (only those valid on --as-of)',
    options: ['as-of'],
    positionals: 1,
    async run(client, { positionals, options, language }) {
      const data = await client.query(ops.ORGANIZATION, { id: positionals[0], asOf: options['as-of'] });
      return { data, lines: formatOrganization(data, language) };
    },
  },
  showById(
    'task-force',
    'one task force or sub-task force: its decree, members, sub-task forces and duties',
    ops.TASK_FORCE,
    formatTaskForce,
  ),
  {
    name: 'partners',
    synopsis: '--organization <id> [--step <id>] [--region <id>] [--as-of YYYY-MM-DD]',
    summary: "an organisation's partnerships, and candidate partners working on the same steps nearby",
    options: ['organization', 'step', 'region', 'as-of'],
    required: ['organization'],
    positionals: 0,
    async run(client, input) {
      const { options } = input;
      const variables = {
        organization: requireOption(input, 'organization'),
        step: options.step,
        region: options.region,
        asOf: options['as-of'],
      };
      const data = await client.query(ops.PARTNERS, variables);
      return { data, lines: formatPartners(data) };
    },
  },
  {
    name: 'instrument',
    synopsis: '<id or citation, e.g. uu-21-2007 or "UU 21/2007">',
    summary:
      'one law or decree: its articles, penalties, relations, what it establishes and the mandates resting on it',
    options: [],
    positionals: 'words',
    async run(client, { positionals, language }) {
      const data = await client.query(ops.INSTRUMENT, { id: positionals.join(' ') });
      return { data, lines: formatInstrument(data, language) };
    },
  },
  {
    name: 'statistics',
    synopsis: '[--region <id>] [--topic <words>] [--year YYYY] [--first n] [--after cursor]',
    summary: 'figures from the sources, by place (and places within it), topic and year, each with its source',
    options: ['region', 'topic', 'year', 'first', 'after'],
    positionals: 0,
    async run(client, { options }) {
      const variables = {
        region: options.region,
        topic: options.topic,
        year: toCount(options.year, 'year'),
        ...toPage(options),
      };
      const data = await client.query(ops.STATISTICS, variables);
      return { data, lines: formatStatistics(data) };
    },
  },
  listByPlaceAndStep(
    'gaps',
    'gaps the sources document, by place (and places within it) and step, with notes and sources',
    ops.GAPS,
    formatGaps,
  ),
  listByPlaceAndStep(
    'referral-paths',
    'how victims and cases are referred from step to step in a place',
    ops.REFERRAL_PATHS,
    formatReferralPaths,
  ),
  showById(
    'referral-path',
    'one referral path, step by step: who acts, the handover, legal basis and sources',
    ops.REFERRAL_PATH,
    formatReferralPath,
  ),
  {
    name: 'unknowns',
    synopsis: '[--region <id>] [--about <id>] [--first n] [--after cursor]',
    summary: 'what the sources leave open (a head never named, members not published...) and what they do say',
    options: ['region', 'about', 'first', 'after'],
    positionals: 0,
    async run(client, { options, language }) {
      const variables = { region: options.region, about: options.about, ...toPage(options) };
      const data = await client.query(ops.KNOWN_UNKNOWNS, variables);
      return { data, lines: formatKnownUnknowns(data, variables, language) };
    },
  },
  {
    name: 'findings',
    synopsis: '[--region <id>] [--about <id>] [--step <id>] [--first n] [--after cursor]',
    summary: 'the context: drivers, forms of exploitation, routes, deaths, barriers to reporting, NGOs and government',
    options: ['region', 'about', 'step', 'first', 'after'],
    positionals: 0,
    async run(client, { options, language }) {
      const variables = { region: options.region, about: options.about, step: options.step, ...toPage(options) };
      const data = await client.query(ops.FINDINGS, variables);
      return { data, lines: formatFindings(data, variables, language) };
    },
  },
  {
    name: 'search',
    synopsis: '<text…> [--first n] [--after cursor]',
    summary: 'find any record by the words in it: names, acronyms, duties, articles ("Pasal 58"), gaps, statistics…',
    options: ['first', 'after'],
    positionals: 'words',
    async run(client, { positionals, options }) {
      const text = positionals.join(' ');
      const data = await client.query(ops.SEARCH, { text, ...toPage(options) });
      return { data, lines: formatSearch(data, text) };
    },
  },
  {
    name: 'steps',
    synopsis: '[--pillar prevention|protection|prosecution|partnership]',
    summary: 'the step vocabulary: the four pillars and their steps (ids for --step)',
    options: ['pillar'],
    positionals: 0,
    async run(client, { options }) {
      const data = await client.query(ops.STEPS, { pillar: toPillar(options.pillar) });
      return { data, lines: formatSteps(data) };
    },
  },
  {
    name: 'regions',
    synopsis: '[--parent <id>]',
    summary: 'the places (ids for --region), optionally only those directly under one',
    options: ['parent'],
    positionals: 0,
    async run(client, { options }) {
      const data = await client.query(ops.REGIONS, { parent: options.parent });
      return { data, lines: formatRegions(data) };
    },
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
