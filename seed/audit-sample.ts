/**
 * `npm run seed:audit-sample [-- --size 100 --seed 11]`: draws facts at random and prints, for each, what the dataset
 * claims next to the lines it cites, as a Markdown table an auditor fills in (verdict: exact / defect / wrong).
 * The draw is reproducible from the seed, so two people can audit the same sample.
 */
import { checkDataset } from './load-dataset';
import { findCitations, normalizeWhitespace, parseLocator, SourceTexts } from './validation/citations';
import { defaultSourcesDir } from './paths';

interface Fact {
  id: string;
  kind: string;
  basis: string;
  claim: string;
  record: unknown;
}

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const textOf = (t: { id?: string; en?: string } | undefined) => t?.en ?? t?.id ?? '';
/** The cited lines around where the quote sits (long lines are whole paragraphs), so the reader sees its context. */
function aroundQuote(text: string, quote: string): string {
  const at = text.indexOf(normalizeWhitespace(quote));
  if (at < 0) return `${text.slice(0, 240)}…`;
  const from = Math.max(0, at - 160);
  const to = Math.min(text.length, at + normalizeWhitespace(quote).length + 160);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function toFacts(dataset: ReturnType<typeof checkDataset>['dataset']): Fact[] {
  const facts: Fact[] = [];
  const add = (kind: string, id: string, basis: string, claim: string, record: unknown) =>
    facts.push({ kind, id, basis, claim, record });
  for (const r of dataset.places) add('place', r.id, r.basis, `${r.kind} ${textOf(r.name)} in ${r.parent ?? '-'}`, r);
  for (const r of dataset.organizations) {
    add('organization', r.id, r.basis, `${r.kind} ${textOf(r.name)}, area ${r.area ?? '-'}: ${textOf(r.description)}`, {
      ...r,
      duties: undefined,
    });
    for (const d of r.duties ?? []) add('duty', `${r.id} duty ${d.code}`, d.basis, textOf(d.text), d);
  }
  for (const r of dataset.instruments) add('instrument', r.id, r.basis, `${textOf(r.title)}: ${textOf(r.summary)}`, r);
  for (const r of dataset.memberships) add('membership', r.id, r.basis, `${r.member} ${r.position} of ${r.of}`, r);
  for (const r of dataset.mandates) {
    add('mandate', r.id, r.basis, `${r.organization} ${r.role} of ${r.step} in ${r.area}: ${textOf(r.description)}`, r);
  }
  for (const r of dataset.referralPaths) {
    add('referral path', r.id, r.basis, `${textOf(r.name)} (${r.steps.length} steps) in ${r.area}`, {
      ...r,
      steps: [],
    });
    for (const s of r.steps) {
      add(
        'path step',
        `${r.id} #${s.order}`,
        s.basis,
        `${s.step} by ${s.actors.join(', ')}: ${textOf(s.description)}`,
        s,
      );
    }
  }
  for (const r of dataset.partnerships)
    add('partnership', r.id, r.basis, `${r.parties.join(' + ')}: ${textOf(r.description)}`, r);
  for (const r of dataset.gaps) add('gap', r.id, r.basis, `${r.kind} in ${r.area}: ${textOf(r.description)}`, r);
  for (const r of dataset.statistics) {
    add(
      'statistic',
      r.id,
      r.basis,
      `${textOf(r.indicator)} = ${r.valueAsPrinted ?? r.value} ${r.unit}, ${r.year ?? ''} ${r.place}`,
      r,
    );
  }
  for (const r of dataset.knownUnknowns) {
    add('known unknown', r.id, r.basis, `${textOf(r.question)} Known: ${textOf(r.known)} (${r.area})`, r);
  }
  for (const r of dataset.findings) add('finding', r.id, r.basis, `${r.kind} in ${r.area}: ${textOf(r.statement)}`, r);
  return facts;
}

const result = checkDataset();
const sources = SourceTexts.load(defaultSourcesDir());
const facts = toFacts(result.dataset);
const size = Math.min(argument('size', 100), facts.length);
const random = seededRandom(argument('seed', 11));
const pool = [...facts];
const sample: Fact[] = [];
while (sample.length < size) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);

const lines = [
  `Audit sample: ${size} of ${facts.length} facts, seed ${argument('seed', 11)}`,
  '',
  '| # | kind | id | basis | claim | cited lines (quote ⟶ line text) | note | verdict |',
  '| - | ---- | -- | ----- | ----- | ------------------------------- | ---- | ------- |',
];
sample.forEach((f, i) => {
  const cited = findCitations(f.record)
    .slice(0, 4)
    .map((c) => {
      const range = parseLocator(c.locator);
      const text = range === null ? '' : normalizeWhitespace(sources.textOf(c.file, range.from, range.to) ?? '');
      return `${c.file.slice(0, 3)} ${c.locator}: «${c.quote}» ⟶ ${aroundQuote(text, c.quote)}`;
    })
    .join(' ◆ ');
  const note = (f.record as { note?: string }).note ?? '';
  lines.push(`| ${i + 1} | ${f.kind} | ${f.id} | ${f.basis} | ${cell(f.claim)} | ${cell(cited)} | ${cell(note)} | |`);
});
process.stdout.write(`${lines.join('\n')}\n`);
