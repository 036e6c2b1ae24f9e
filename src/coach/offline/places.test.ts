import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { countryLeaks, countryProblems, createPlaceReader } from './places.js';
import type { PathStep } from '../../content/coach-pack.schema.js';

const { pack, coach } = shippedOfflineCoach();
const places = createPlaceReader(pack.places);
const tap = tapThrough(coach);
const named = (...texts: string[]) => [...places.named(texts)].sort();

/** A step as the packs write one, with `text` in both languages and the other wordings alike. */
const aStep = (en: string, ru: string, where?: PathStep['where']): PathStep => {
  const wording = { minutes: 10, en, ru };
  return {
    key: 'probe',
    minutes: 20,
    text: { en, ru },
    smaller: wording,
    concrete: wording,
    smallerConcrete: wording,
    ...(where ? { where } : {}),
  };
};

describe('the country a goal names', () => {
  it('reads a city, a region, an institution or a country name, in English and Russian', () => {
    expect(named('save for retirement', "I'm a painter in Toronto with a TFSA")).toEqual(['ca']);
    expect(named('get my bond back', 'a nursing student in Melbourne')).toEqual(['au']);
    expect(named('Получить РВП по браку', 'живём в Рязани')).toEqual(['ru']);
    expect(named('Открыть ИП', 'Живу в Алматы второй год')).toEqual(['kz']);
    expect(named('Move to Spain', 'From Manchester, with two kids')).toEqual(['es', 'gb']);
    // Read 50b: terms only one country's system uses name it too.
    expect(named('get into uni', 'my UCAS form is half done')).toEqual(['gb']);
    expect(named('an apprenticeship', 'I need Functional Skills maths first')).toEqual(['gb']);
  });

  it('reads no country from a language, a cuisine or a plain word', () => {
    expect(named('Learn English', 'I want to speak English with my in-laws')).toEqual([]);
    expect(named('Выучить немецкий', 'Хочу читать по-немецки и готовить французские блюда')).toEqual([]);
    expect(named('Read more', 'I love reading in the bath before bed')).toEqual([]);
  });
});

describe('what a step says for other countries', () => {
  const pension =
    "Book a free session with your government's impartial pension guidance service (in the UK, MoneyHelper or Pension Wise) and take your table.";

  it('leaves out an example for another country, and keeps it for that country or when no country is named', () => {
    expect(places.localise(pension, new Set(['ca']))).toBe(
      "Book a free session with your government's impartial pension guidance service and take your table.",
    );
    expect(places.localise(pension, new Set(['gb']))).toBe(pension);
    expect(places.localise(pension, new Set())).toBe(pension);
    const ru = 'Подай заявление (в России — через Госуслуги) и сохрани номер.';
    expect(places.localise(ru, new Set(['kz']))).toBe('Подай заявление и сохрани номер.');
    expect(places.localise(ru, new Set(['ru']))).toBe(ru);
  });

  it('keeps a part that also gives the way elsewhere, and drops a sentence opened for another country', () => {
    const gas = 'Book a registered gas engineer (Gas Safe registered in the UK; elsewhere, a licensed gas fitter).';
    expect(places.localise(gas, new Set(['au']))).toBe(gas);
    const deposit =
      "In England or Wales, search 'check if my deposit is protected' on GOV.UK. Elsewhere, search your country's official tenant rights page and write down the time limit.";
    expect(places.localise(deposit, new Set(['au']))).toBe(
      "Search your country's official tenant rights page and write down the time limit.",
    );
    expect(places.localise(deposit, new Set(['gb']))).toBe(deposit);
  });

  it('gives a step written for one country only to people there, or to people who name none', () => {
    const step = aStep('Apply on GOV.UK.', 'Подай заявление на Госуслугах.', { en: ['gb'], ru: ['ru'] });
    expect(places.fits(step, 'en', new Set(['gb']))).toBe(true);
    expect(places.fits(step, 'en', new Set())).toBe(true);
    expect(places.fits(step, 'en', new Set(['ie']))).toBe(false);
    expect(places.fits(step, 'ru', new Set(['ru', 'tj']))).toBe(true);
    expect(places.fits(step, 'ru', new Set(['kz']))).toBe(false);
  });

  it('lists a step that names a country outside a part the coach can leave out, and not one that says where', () => {
    const bare = aStep('Apply for it through HMRC.', 'Подай заявление на Госуслугах.');
    expect(countryProblems('probe.yaml', [bare], places).join('\n')).toMatch(/probe\.text\.en is written for gb/);
    expect(countryProblems('probe.yaml', [bare], places).join('\n')).toMatch(/probe\.text\.ru is written for ru/);
    const hedged = aStep('Apply to the tax office (in the UK, HMRC).', 'Подай заявление (в России — на Госуслугах).');
    expect(countryProblems('probe.yaml', [hedged], places)).toEqual([]);
    const placed = aStep('Apply for it through HMRC.', 'Подай заявление на Госуслугах.', { en: ['gb'], ru: ['ru'] });
    expect(countryProblems('probe.yaml', [placed], places)).toEqual([]);
  });

  it('a Russian speaker in Almaty is not sent to the Russian traffic police site to pay a fine; one in Samara is', () => {
    const pay = [...pack.types.flatMap((kind) => kind.steps)].find((step) => step.key === 'adm-fine-pay')!;
    const almaty = places.localise(pay.concrete.ru, places.named(['Оплатить штраф', 'живу в Алматы']));
    const samara = places.localise(pay.concrete.ru, places.named(['Оплатить штраф', 'живу в Самаре']));
    expect(almaty).toMatch(/официальный сайт/);
    expect(almaty).not.toMatch(/ГИБДД|Госуслуг/);
    expect(samara).toMatch(/ГИБДД/);
  });

  it('every shipped step names a country only where the coach can leave it out', () => {
    expect(countryLeaks(pack)).toEqual([]);
  });
});

describe('the first steps of someone who names their country', () => {
  const pensions = (where: string) =>
    tap(
      'finance',
      'combine my old workplace pensions',
      `I'm 49${where} and I've had five jobs, each with its own pension pot. I want to know whether putting them together makes sense.`,
    );

  it('someone in Ottawa gets the same steps without the UK pension service; someone in Leeds, or who names no country, gets it', async () => {
    const [ottawa, leeds, unsaid] = await Promise.all([
      pensions(', I live in Ottawa,'),
      pensions(', I live in Leeds,'),
      pensions(''),
    ]);
    expect(ottawa.keys).toEqual(leeds.keys);
    expect(ottawa.text).toMatch(/impartial pension guidance service/);
    expect(ottawa.text).not.toMatch(/MoneyHelper|Pension Wise|in the UK/);
    expect(leeds.text).toMatch(/MoneyHelper/);
    expect(unsaid.text).toMatch(/MoneyHelper/);
  });
});

describe('a school leaver outside the UK looking for an apprenticeship', () => {
  it('is not sent to UK Functional Skills; one in Leeds still is', async () => {
    const goal = (where: string) =>
      tap(
        'career',
        'get an electrician apprenticeship',
        `I'm 18${where} and stack shelves at a supermarket. I finished school but my maths results were weak. I want a trade.`,
        'en',
        ['An apprenticeship or a trade as an adult'],
      );
    const [brisbane, leeds] = await Promise.all([goal(' in Brisbane'), goal(' in Leeds')]);
    expect(brisbane.keys).toEqual(leeds.keys);
    expect(brisbane.texts.join(' ')).not.toMatch(/Functional Skills/);
    expect(leeds.texts.join(' ')).toMatch(/Functional Skills/);
  });
});
