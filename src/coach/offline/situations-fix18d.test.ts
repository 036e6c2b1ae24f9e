import { describe, expect, it } from 'vitest';
import { wordingsOf } from '../../content/check-coach-pack.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const slots = createSlotReader(pack.slots);

/** The quoted spans of a text: a calendar title, a search query, a line to write. */
const QUOTED = /«[^«»]*»|(?<![\p{L}])'[^']*'(?![\p{L}])|"[^"]*"/gu;

describe('the eighteenth blind read, fixed in general (helper fix18d)', () => {
  it('names a folk instrument, and never pastes «инструмент» into a title or a search for one the slots do not know', async () => {
    const ru = await firstFive(
      'instrument',
      'Научиться играть на домбре',
      'Дома лежит дедушкина домбра, хочу сыграть «Адай» к его 80-летию в декабре. Нот не знаю, никогда ни на чём не играла.',
      'ru',
    );
    expect(ru.text).toMatch(/«Практика: домбра»/);
    expect(ru.text).toMatch(/«домбра: первые уроки»/);
    expect(ru.text).not.toMatch(/«[^»]*инструмент[^«]*»/);
    const en = await firstFive(
      'instrument',
      'Learn the kobyz',
      'Heard one at a concert in Almaty, never played anything.',
    );
    expect(en.text).toMatch(/the kobyz/);
    expect(en.text).not.toMatch(/your instrument/);
    // An instrument no slot knows: the twins without a quoted placeholder.
    const unknown = await firstFive(
      'instrument',
      'Научиться играть на шакухачи',
      'С нуля, инструмент уже купила.',
      'ru',
    );
    // fix52G: a shakuhachi is now a known folk wind instrument, whose first lesson is the wind one (lips and a first note).
    expect(unknown.keys).toContain('inst-05-wind');
    expect(unknown.text).not.toMatch(/«[^»]*инструмент[^«]*»/);
    const unknownEn = await firstFive(
      'instrument',
      'Learn the shakuhachi',
      'Complete beginner, I bought one last month.',
    );
    expect(unknownEn.keys).toContain('inst-05-wind');
    expect((unknownEn.text.match(QUOTED) ?? []).filter((span) => span.includes('your instrument'))).toEqual([]);
    // A guitar keeps its named search.
    const guitar = await firstFive('instrument', 'Научиться играть на гитаре', 'С нуля, гитара есть.', 'ru');
    expect(guitar.keys).toContain('inst-05');
    expect(guitar.text).toMatch(/«гитара: первые уроки»/);
  });

  it('renders no step of the instrument path with the fallback in quotes or doubled when no instrument is known', () => {
    const instrument = pack.types.find((kind) => kind.id === 'instrument')!;
    const fallback = { en: pack.slots.instrument.fallback.en, ru: pack.slots.instrument.fallback.ru };
    const values = new Set(pack.slots.instrument.values.map((value) => value.id));
    const problems: string[] = [];
    for (const step of instrument.steps) {
      if (step.withSlots?.includes('instrument')) continue;
      if (step.topics?.every((topic) => values.has(topic))) continue;
      for (const [name, wording] of wordingsOf(step))
        for (const lang of ['en', 'ru'] as const) {
          if (!wording[lang].includes('{instrument}')) continue;
          const text = slots.render(wording[lang], { values: {} }, lang, 'T');
          const quoted = (text.match(QUOTED) ?? []).some((span) => span.includes(fallback[lang]));
          if (quoted || text.includes(`(${fallback[lang]})`)) problems.push(`${step.key}.${name}.${lang}: ${text}`);
        }
    }
    expect(problems).toEqual([]);
  });

  it('names a steel pan as a steel pan, and each reed instrument by what it has', async () => {
    const pan = await firstFive(
      'instrument',
      'Learn the steel pan',
      'Our community centre runs a beginners class on Tuesdays.',
    );
    expect(pan.text).toMatch(/steel pan/);
    expect(pan.text).not.toMatch(/handpan/);
    const ruPan = await firstFive(
      'instrument',
      'Научиться играть на стил-пэне',
      'Никогда не играл, хочу попробовать.',
      'ru',
    );
    expect(ruPan.text).not.toMatch(/ханг/);
    const garmon = await firstFive(
      'instrument',
      'Научиться играть на гармони',
      'Дедова гармонь, никогда не играл.',
      'ru',
    );
    expect(garmon.keys).toContain('inst-01-bellows');
    expect(garmon.text).not.toMatch(/отверсти/);
    const harmonica = await firstFive('instrument', 'Learn the harmonica', 'Never played anything, bought one in C.');
    expect(harmonica.keys).toContain('inst-01-reeds');
    expect(harmonica.text).not.toMatch(/bellows|key or button/);
    // A handpan keeps its name.
    const hang = await firstFive('instrument', 'Learn the handpan', 'Bought one second-hand, never played.');
    expect(hang.text).toMatch(/the handpan/);
  });

  it('walks a deposit dispute through proof, the rules, a formal letter and the free dispute route', async () => {
    const en = await firstFive(
      'admin',
      "Get my tenancy deposit back from a landlord who's ignoring me",
      "I moved out of my flat in Bristol seven weeks ago, left it spotless, and he hasn't replied to any emails. I'm not even sure my deposit was protected in a scheme.",
    );
    expect(en.keys.slice(0, 4)).toEqual(['adm-dep-proof', 'adm-dep-rules', 'adm-dep-letter', 'adm-dep-next']);
    expect(en.text).toMatch(/deposit protection schemes/);
    // Placed under "Something else" (generic), such a goal is still claimed by admin.
    const ru = await firstFive(
      'generic',
      'Вернуть залог за съёмную квартиру',
      'Съехали два месяца назад, хозяйка не отвечает на звонки и не возвращает залог.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-dep-proof');
    expect(ru.text).toMatch(/претензи/);
    // A company refund keeps its own path.
    const flight = await firstFive(
      'admin',
      'Get compensation for my cancelled flight',
      'Cancelled two hours before, no help.',
    );
    expect(flight.keys).toContain('adm-refund-rights');
    expect(flight.keys.some((key) => key.startsWith('adm-dep-'))).toBe(false);
  });

  it('gives food sold at a stall or a roadside spot registration, start-up money, a trial batch — no landing page', async () => {
    const en = await firstFive(
      'business',
      "Start selling sourdough at the Saturday farmers' market",
      "I've baked sourdough for three years for friends and have a stall offer from our local market in Shrewsbury starting in May. I need to sort food hygiene registration and how to bake 40 loaves in a home oven.",
    );
    expect(en.keys).toEqual(['biz-offer', 'biz-food-register', 'biz-food-budget', 'biz-food-batch', 'biz-food-price']);
    expect(en.text).not.toMatch(/already selling|existing customers/i);
    const ru = await firstFive(
      'business',
      'Открыть ларёк с пирожками у остановки',
      'Мама печёт, место присмотрели, но не знаю, какие нужны документы и сколько вложить.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['biz-food-register', 'biz-food-budget', 'biz-food-batch']));
    expect(ru.text).not.toMatch(/лендинг/);
    // A food van keeps its own steps; an online shop keeps its landing page.
    const van = await firstFive(
      'business',
      'Открыть фудтрак с шаурмой',
      'Фургон есть, нужно оборудование и место.',
      'ru',
    );
    expect(van.keys.some((key) => key.startsWith('biz-food-'))).toBe(false);
    const shop = await firstFive('business', 'Start selling candles online', 'I make them at home.');
    expect(shop.keys.some((key) => key.startsWith('biz-food-'))).toBe(false);
    // A food stall already trading keeps its own numbers.
    const running = await firstFive(
      'business',
      'Grow my bakery stall',
      'I have sold at the market for two years; sales are flat.',
    );
    expect(running.keys).toContain('biz-numbers');
  });

  it('offers no "if you missed a payment" step to someone paying on time, and no balance list after the debt list', async () => {
    const en = await firstFive(
      'finance',
      'Pay off $14,000 of student loans before I turn 30',
      "I'm 26, earn about $52k as a lab tech in Ohio and pay rent with a roommate. I keep making the minimum payment and then spending whatever's left.",
    );
    expect(en.keys).not.toContain('fin-debt-help');
    expect(en.keys).not.toContain('fin-10');
    expect(en.keys).toContain('fin-debt-leftover');
    const ru = await firstFive(
      'finance',
      'Закрыть потребительский кредит за год',
      'Плачу минимальный платёж без просрочек, но остальное как-то расходится.',
      'ru',
    );
    expect(ru.keys).not.toContain('fin-debt-help');
    expect(ru.keys).toContain('fin-debt-leftover');
    // A missed payment keeps the debt-advice step.
    const missed = await firstFive(
      'finance',
      'Pay off my credit cards',
      "I pay the minimum on one but I've missed two payments on the other.",
    );
    expect(missed.keys).toContain('fin-debt-help');
  });
});
