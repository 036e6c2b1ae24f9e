// The never-list: health claims no text of the pack may make, read in every user-visible text.

/** One user-visible text of the pack, with where it is. */
interface Text {
  where: string;
  lang: string;
  text: string;
}

/** Every `{ en, ru }` text inside `items`, each named by its file, item id and field path. */
export function textsOf(file: string, items: readonly object[]): Text[] {
  const texts: Text[] = [];
  const walk = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.ru === 'string') {
      for (const lang of ['en', 'ru'] as const) texts.push({ where: path, lang, text: record[lang] as string });
      return;
    }
    for (const [key, inner] of Object.entries(record)) {
      // A block is easier to find by its id than by its place in the list.
      const id = Array.isArray(value) ? (inner as { id?: unknown } | null)?.id : undefined;
      const step = typeof id === 'string' ? id : key;
      walk(inner, path ? `${path}.${step}` : step);
    }
  };
  items.forEach((item, index) => {
    const record = item as { id?: string; archetype?: string; mode?: string };
    const label = record.id ?? (record.mode ? `${record.archetype}/${record.mode}` : `#${index + 1}`);
    const before = texts.length;
    walk(item, '');
    for (const text of texts.slice(before)) text.where = `${file}: ${label}: ${text.where}`;
  });
  return texts;
}

/**
 * What no health text may say: study claims, percentages, cures and treatments, guarantees,
 * supplements, extreme cold, fasting protocols, glucose monitors. The texts give general, safe advice
 * in "may help" words; anything stronger is a claim nobody here can stand behind.
 */
const NEVER: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  {
    pattern:
      /\b(?:stud(?:y|ies)|research|science|scientists|trials?)\s+(?:has\s+|have\s+)?(?:show|prove|found|find|suggest|demonstrat|confirm)\w*/i,
    what: 'a study claim',
  },
  {
    pattern: /\b(?:19|20)\d\d\b[^.]{0,30}\bstudy\b|\bclinically\b|\bscientifically\b|\bproven\b/i,
    what: 'a study claim',
  },
  { pattern: /\d+\s?%|\bper ?cent\b|процент/i, what: 'a percentage' },
  { pattern: /\bcur(?:e|es|ed|ing)\b/i, what: 'a medical promise (cure)' },
  {
    // "treat" as a verb of medicine; not "a small treat", "treat yourself", "treat the goal as a guide".
    pattern:
      /(?<!\b(?:a|the|small|little|tiny|sweet|special|healthy|simple|weekend)\s)\btreat(?:s|ed|ing)?\b(?!\s+(?:yourself|myself|oneself|ourselves|themselves)\b)(?!(?:\s+[\w']+){0,4}?\s+(?:as|like|kindly|gently|well|right|badly)\b)|\btreatments?\b/i,
    what: 'a medical promise (treat)',
  },
  { pattern: /\bguarantee/i, what: 'a guarantee' },
  { pattern: /nootropic|supplement/i, what: 'supplements or nootropics' },
  { pattern: /\bice[- ]?baths?\b|\bcold[- ]plunges?\b/i, what: 'extreme cold' },
  { pattern: /\bfasting\s+protocols?\b|\bintermittent\s+fasting\b/i, what: 'a fasting protocol' },
  { pattern: /\bCGMs?\b|\bcontinuous\s+glucose\b/i, what: 'glucose monitoring' },
  { pattern: /исследовани|доказан|доказал/iu, what: 'a study claim' },
  { pattern: /излеч|(?<!\p{L})(?:вы)?леч(?:ит|ат|ени|еб|ил)/iu, what: 'a medical promise (лечит)' },
  { pattern: /гарантир/iu, what: 'a guarantee' },
  { pattern: /ноотроп|(?<!\p{L})бад(?:ы|ов|ам|ами|ах)?(?!\p{L})|добавк/iu, what: 'supplements or nootropics' },
  { pattern: /ледян|прорубь|моржеван/iu, what: 'extreme cold' },
  { pattern: /голодани/iu, what: 'a fasting protocol' },
];

/** Exported for the test of the never-list itself. */
export function neverMatch(text: string): string | undefined {
  for (const { pattern, what } of NEVER) {
    const match = pattern.exec(text);
    if (match) return `${what}: "${match[0]}"`;
  }
  return undefined;
}

export function neverProblems(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, lang, text }) => {
    const found = neverMatch(text);
    return found ? [`${where}.${lang}: says ${found} (see content/health/README.md, safety of claims)`] : [];
  });
}
