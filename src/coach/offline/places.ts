import type { Locale } from '../../core/goals/model.js';
import type { PathStep, PlacesPack } from '../../content/coach-pack.schema.js';
import { stepFiles, wordingsOf } from '../../content/check-coach-pack.js';
import type { CoachPack } from '../../content/load-coach-pack.js';
import { indexStems, normalise, words } from './text-match.js';

/** The countries a goal names: where the person lives, moves to or writes about. */
export type Countries = ReadonlySet<string>;

/** What one goal's countries mean for its steps. */
export interface PlacesOfGoal {
  countries: Countries;
  /**
   * The steps that fit: a step written for another country than the ones the person names is no step for them (blind
   * read 49: UK pension and deposit services for people in Toronto and Melbourne).
   */
  keep(steps: PathStep[]): PathStep[];
  /** The text without its parts for other countries (`PlaceReader.localise`). */
  localise(text: string): string;
}

export interface PlaceReader {
  /** The countries the texts name, by id (none when they name none: most goals). */
  named(texts: readonly string[]): Countries;
  /** Whether a step's text works for the person: it names no countries, they named none, or one of theirs. */
  fits(step: Pick<PathStep, 'where'>, locale: Locale, named: Countries): boolean;
  /** `keep` and `localise` for one goal's texts, in its language. */
  goal(texts: readonly string[], locale: Locale): PlacesOfGoal;
  /**
   * The text without the parts written for other countries: a parenthesis that names only countries the person did
   * not ("(in the UK, MoneyHelper or Pension Wise)", «(в России — через Госуслуги)») and a sentence that opens on
   * them ("In England or Wales, search … on GOV.UK."). A part that also gives the way elsewhere ("elsewhere, a
   * licensed fitter", «в других странах …») stays: it speaks to everyone.
   */
  localise(text: string, named: Countries): string;
  /** The countries a text names outside the parts `localise` can leave out: a step that must say `where`. */
  unhedged(text: string): string[];
}

/** Words by which a part written for one country also speaks to the rest. */
const ALTERNATIVE =
  /(?:^| )(?:elsewhere|otherwise|other countries|another country|your country|your country's|wherever|в других странах|в другой стране|в остальных|в твоей стране|в своей стране|иначе|в остальных странах)(?= |$)/u;
/** A parenthesis without another inside it. */
const PARENTHESIS = /\s*\(([^()]*)\)/g;
/** A sentence's opening clause that sets a place: "In the UK, …", "For a deposit in England or Wales, …", «В России — …». */
const OPENING = /^(?:in|for|across)\b[^,;:.]{0,60}[,;:]|^(?:в|во|для)\s[^,;:.—]{0,60}(?:[,;:]|\s—)/iu;
/** Sentences: after . ! ? (and a closing quote) and a space, before a capital letter or a quote. */
const SENTENCES = /(?<=[.!?]["'»”’]?)\s+(?=["'«‘“]?[A-ZА-ЯЁ])/u;
/** "Elsewhere, …" left first after the sentence for another country went: the way for everyone, said plainly. */
const LEFT_ALTERNATIVE =
  /^(?:Elsewhere|Otherwise|Outside (?:the UK|England)),?\s+|^(?:В других странах|Иначе|В остальных странах),?\s+/u;

/** Reads the countries a goal names, and takes out of a step what was written for other countries. */
export function createPlaceReader(pack: PlacesPack): PlaceReader {
  const ids = pack.countries.map((country) => country.id);
  const index = indexStems(pack.countries.map((country) => country.match));
  const countriesIn = (text: string): string[] => {
    const normalised = normalise(text);
    const counts = index.counts(normalised, words(normalised));
    return ids.filter((_, at) => counts[at]! > 0);
  };
  // A part is for elsewhere when it names countries, none of them the person's, and gives no way for the rest.
  const elsewhere = (part: string, named: Countries) => {
    const names = countriesIn(part);
    return names.length > 0 && !names.some((id) => named.has(id)) && !ALTERNATIVE.test(normalise(part));
  };
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  return {
    named(texts) {
      return new Set(texts.flatMap(countriesIn));
    },

    fits(step, locale, named) {
      const where = step.where?.[locale];
      return !where || named.size === 0 || where.some((id) => named.has(id));
    },

    goal(texts, locale) {
      const named = this.named(texts);
      return {
        countries: named,
        keep: (steps) => (named.size === 0 ? steps : steps.filter((step) => this.fits(step, locale, named))),
        localise: (text) => this.localise(text, named),
      };
    },

    localise(text, named) {
      // Most people name no country, and most steps no other country: nothing to take out.
      if (named.size === 0) return text;
      return without(text, (part) => elsewhere(part, named));
    },

    unhedged(text) {
      // Most texts name no country at all: one look settles them.
      if (countriesIn(text).length === 0) return [];
      const named = countriesIn(without(text, (part) => countriesIn(part).length > 0));
      // Examples from several countries side by side ("the council in the UK, FSSAI in India"), or a way for the rest
      // beside them, speak to anyone.
      return named.length > 1 || ALTERNATIVE.test(normalise(text)) ? [] : named;
    },
  };

  /** The text without the parentheses and the sentences (by their opening) that `out` picks. */
  function without(text: string, out: (part: string) => boolean): string {
    const trimmed = text.replace(PARENTHESIS, (whole, inside: string) => (out(inside) ? '' : whole));
    const sentences = trimmed.split(SENTENCES);
    if (sentences.length < 2) return trimmed;
    const kept: string[] = [];
    let dropped = false;
    for (const sentence of sentences) {
      const opening = OPENING.exec(sentence)?.[0];
      if (opening && out(opening)) {
        dropped = true;
        continue;
      }
      kept.push(dropped ? capitalise(sentence.replace(LEFT_ALTERNATIVE, '')) : sentence);
      dropped = false;
    }
    // A step is never emptied: what it says is kept when every sentence of it was for somewhere else.
    return kept.length > 0 ? kept.join(' ') : trimmed;
  }
}

/**
 * Every wording of every step that names a country where the coach cannot leave it out for a person elsewhere, and
 * carries no `where` for that language: the content check's list (`npm run check:content`).
 */
export function countryProblems(file: string, steps: readonly PathStep[], reader: PlaceReader): string[] {
  const problems: string[] = [];
  for (const step of steps.filter((item) => !item.placeNames))
    for (const [name, wording] of wordingsOf(step))
      for (const lang of ['en', 'ru'] as const) {
        if (step.where?.[lang]) continue;
        const named = reader.unhedged(wording[lang]);
        if (named.length > 0)
          problems.push(
            `${file}: ${step.key}.${name}.${lang} is written for ${named.join(', ')} only: put that part in a parenthesis or a sentence that names the country ("(in the UK, …)", «(в России — …)»), or give the step \`where: { ${lang}: [${named.join(', ')}] }\` (\`placeNames: true\` when the place is a name, not a rule: an Orenburg shawl)`,
          );
      }
  return problems;
}

/** `countryProblems` over every step the offline coach can give: each kind's, the generic ones and the hazards'. */
export function countryLeaks(pack: Pick<CoachPack, 'types' | 'generic' | 'hazards' | 'places'>): string[] {
  const reader = createPlaceReader(pack.places);
  return stepFiles(pack).flatMap(({ file, steps }) => countryProblems(file, steps, reader));
}
