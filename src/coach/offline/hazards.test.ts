import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import type { Hazard, PathStep } from '../../content/coach-pack.schema.js';
import { createHazardReader, MAX_LEAD } from './hazards.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('a danger named in passing leads the path, in a goal of any kind', () => {
  it('puts carbon monoxide first when headaches come where a boiler, furnace or stove runs (en + ru)', async () => {
    const en = await tap(
      'home',
      'Make the cellar into a den for my teenagers',
      'There is an oil boiler down there next to the old sofa. They love it but both say they get headaches after an evening watching films.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-co-today', 'hz-co-check']);
    expect(en.texts[0]).toMatch(/carbon monoxide/);
    const ru = await tap(
      'repair',
      'Починить печку на даче',
      'Топим печку по вечерам, а к утру у всех болит голова. Вьюшку на ночь закрываем пораньше, чтобы тепло не уходило.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-co-today', 'hz-co-check']);
    expect(ru.texts[0]).toMatch(/угарный газ/);
  });

  it('gives a child asked to meet someone from the internet the child-protection steps, never an adult’s meeting tips', async () => {
    const ru = await tap(
      'family',
      'Наладить отношения с дочерью',
      'Ей 14, она почти не разговаривает со мной. Я случайно увидела, что мужчина из интернета зовёт её к нему домой и просит никому не говорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-child-online-stop');
    expect(ru.keys).not.toContain('hz-meet-rules');
    expect(ru.keys).not.toContain('hz-meet-check');
  });

  it('leaves out the kind’s steps that walk into the danger once its safety steps are given (`drops`)', async () => {
    const title = 'Strip the old paint off our sash windows';
    const description = (who: string) =>
      `House from the 1890s, the sashes have layers of paint on them so they stick. I've bought a heat gun and I'll do one a weekend.${who}`;
    const stuck = ['A window stuck'];
    const expecting = await tap('repair', title, description(' Our baby is due in June.'), 'en', stuck);
    expect(hazardKeys(expecting.keys)).toEqual(['hz-lead-stop', 'hz-lead-pro']);
    expect(expecting.keys).toContain('fix-sash-look');
    expect(expecting.keys.filter((key) => ['fix-sash-cut', 'fix-sash-free', 'fix-sash-run'].includes(key))).toEqual([]);
    // No one at risk named: the danger does not stand, and the kind's own way of freeing the sash does.
    const alone = await tap('repair', title, description(''), 'en', stuck);
    expect(hazardKeys(alone.keys)).toEqual([]);
    expect(alone.keys).toContain('fix-sash-cut');
  });

  it('gives a goal that is itself a money-mule scheme no step that carries it out', async () => {
    const ru = await tap(
      'admin',
      'Зарегистрировать ИП и открыть счета в банках',
      'Мне 20. Знакомый из чата предлагает 10 тысяч: я оформляю ИП и открываю пару счетов, а карты и доступ к приложениям отдаю ему, ему для бизнеса.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-mule-stop', 'hz-mule-undo']);
    expect(ru.keys.filter((key) => key.startsWith('adm-'))).toEqual([]);
    // Registering a business of one's own keeps its steps.
    const own = await tap(
      'admin',
      'Зарегистрировать ИП',
      'Хочу шить на заказ и работать официально, счёт открою свой.',
      'ru',
    );
    expect(own.keys.some((key) => key.startsWith('adm-'))).toBe(true);
  });

  it('leaves a boiler with no symptoms, a headache with no appliance, and a home with an alarm to the kind’s own steps', async () => {
    const boiler = await tap(
      'repair',
      'Service the boiler before winter',
      'It is a combi boiler, eight years old.',
      'en',
    );
    expect(hazardKeys(boiler.keys)).toEqual([]);
    const headache = await tap('sleep', 'Stop waking up with headaches', 'I grind my teeth, the dentist thinks.', 'en');
    expect(hazardKeys(headache.keys)).toEqual([]);
    const alarm = await tap(
      'home',
      'Tidy the basement',
      'The gas furnace is down there and I get a headache from the dust; we have a carbon monoxide detector by it.',
      'en',
    );
    expect(hazardKeys(alarm.keys)).toEqual([]);
  });
});

describe('the hazard reader', () => {
  const step = (key: string, topics?: string[]): PathStep => {
    const wording = { minutes: 5, en: `Do ${key} now.`, ru: `Сделай ${key} сейчас.` };
    return {
      key,
      minutes: 10,
      text: { en: `Do ${key} first.`, ru: `Сначала ${key}.` },
      smaller: wording,
      concrete: wording,
      smallerConcrete: wording,
      ...(topics && { topics }),
    };
  };
  const hazard = (id: string, words: string[], more: Partial<Hazard> = {}): Hazard => ({
    id,
    name: { en: `the ${id}`, ru: `про ${id}` },
    match: { en: words, ru: ['нетакогослова'] },
    steps: [step(`hz-${id}-1`), step(`hz-${id}-2`)],
    ...more,
  });
  const reader = createHazardReader([
    hazard('fee', ['withdrawal fee'], { yields: ['scam'] }),
    hazard('cards', ['hand over my cards']),
    hazard('fumes', ['boiler'], { also: { en: ['headache'], ru: ['голова болит'] } }),
    hazard('battery', ['button batteries', 'coin batteries'], {
      also: [
        { en: ['toddler', 'year-old'], ru: ['малыш'] },
        { en: ['in reach', 'reach', 'drawer'], ru: ['достать'] },
      ],
      unless: { en: ['taped shut', 'locked away'], ru: ['заклеен'] },
    }),
  ]);
  const all = (steps: PathStep[]) => steps;

  it('needs the second cue when the hazard has one, and reads each text on its own', () => {
    expect(reader.read(['a boiler and a headache']).map((item) => item.id)).toEqual(['fumes']);
    expect(reader.read(['a boiler', 'a headache'])).toEqual([]);
  });

  it('needs one word from every list of a conjunction, and none of its `unless`', () => {
    const ids = (text: string) => reader.read([text]).map((item) => item.id);
    expect(ids('My toddler can reach the drawer with the button batteries')).toEqual(['battery']);
    expect(ids('Our year-old gets into the drawer where the coin batteries are')).toEqual(['battery']);
    expect(ids('My toddler found the button batteries')).toEqual([]);
    expect(ids('The button batteries are in the drawer')).toEqual([]);
    expect(ids('My toddler can reach the drawer, but the button batteries are locked away')).toEqual([]);
    // The lists of other hazards are their own: a headache near a boiler still needs nothing more.
    expect(ids('The boiler gives me a headache and the toddler can reach the drawer')).toEqual(['fumes']);
  });

  it('yields to a kind whose path already holds a step for the topic, and leads with at most MAX_LEAD steps', () => {
    const named = reader.read(['they want a withdrawal fee and I should hand over my cards']);
    expect(named.map((item) => item.id)).toEqual(['fee', 'cards']);
    expect(reader.lead(named, [], all)).toHaveLength(MAX_LEAD);
    expect(reader.lead(named, [], all).map((item) => item.key)).toEqual(['hz-fee-1', 'hz-cards-1']);
    const covered = reader.lead(named, [step('fin-scam', ['scam'])], all);
    expect(covered.map((item) => item.key)).toEqual(['hz-cards-1', 'hz-cards-2']);
  });
});
