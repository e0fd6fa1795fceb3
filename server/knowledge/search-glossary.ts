/**
 * Words the sources use for the same thing in Indonesian and English (and their common inflections), so a search in
 * one language finds a text written in the other: "paspor" finds "passport", "deportation" finds "deported". Single
 * words only; kept short and literal, from the vocabulary of the five source papers.
 */
const GROUPS: readonly string[] = [
  'paspor passport passports',
  'visa visas',
  'deportation deported deportasi dideportasi deportee deportees deport',
  'korban victim victims',
  'pemulangan repatriation repatriated dipulangkan',
  'rehabilitasi rehabilitation',
  'reintegrasi reintegration',
  'pencegahan prevention prevent preventing',
  'penampungan shelter shelters',
  'polisi police polres polda',
  'pengadilan court courts',
  'kejaksaan prosecutor prosecutors prosecution',
  'perbatasan border borders',
  'desa village villages',
  'gereja church churches',
  'perempuan women woman',
  'anak child children',
  'imigrasi immigration',
  'pidana criminal',
  'sanksi penalty penalties sanction sanctions',
  'penjara prison imprisonment',
  'denda fine fines',
  'pekerja worker workers',
  'migran migrant migrants',
  'perdagangan trafficking trafficked',
  'anggaran funding budget',
  'calo broker brokers recruiter recruiters sponsor sponsors',
  'pelatihan training',
  'tugas duty duties task',
  'laporan report reports reporting',
  'penyidikan investigation investigators',
  'pengaduan complaint complaints',
  'kesehatan health',
  'pendidikan education',
  'tenaga labour labor',
  'kerja work employment',
  'sosial social',
];

const SYNONYMS = new Map<string, string[]>();
for (const group of GROUPS) {
  const words = group.split(' '); // lowercase ASCII already, as folded text is
  for (const word of words) SYNONYMS.set(word, [...new Set([...(SYNONYMS.get(word) ?? []), ...words])]);
}

/** The word and the words the glossary says mean the same (the word itself first). */
export const toWordVariants = (word: string): string[] => [
  word,
  ...(SYNONYMS.get(word) ?? []).filter((w) => w !== word),
];
