import { describe, expect, it } from 'vitest';
import { sharedCrisisCheck } from '../../../test/factories/safety.js';
import { createCrisisCheck, uniformThresholds } from './crisis-check.js';
import type { CrisisModel } from './crisis-model.js';
import { matchPatterns, patternText } from './crisis-patterns.js';

const check = sharedCrisisCheck();
const verdict = (text: string) => {
  const safetyVerdict = check.check(text);
  return safetyVerdict.crisis ? { category: safetyVerdict.category, level: safetyVerdict.level } : null;
};

describe('the crisis check', () => {
  it.each([
    ['I want to kill myself', 'ideation', 'concern'],
    ['honestly I don’t want to live anymore', 'ideation', 'concern'],
    ['my kids would be better off without me', 'ideation', 'concern'],
    ['I’ve been saving up my sleeping pills for weeks', 'plan', 'imminent'],
    ['I keep cutting myself', 'self_harm', 'concern'],
    ['I wrote a farewell letter to my son', 'goodbye', 'concern'],
    ['I will kill him if he keeps my son away', 'harm_others', 'concern'],
    ['her new partner hits my son', 'child_danger', 'child'],
    ['Хочу покончить с собой', 'ideation', 'concern'],
    ['накопила таблеток, сегодня ночью всё закончится', 'plan', 'imminent'],
    ['хочу покончить со всем этим навсегда', 'hopeless', 'concern'],
    ['когда меня не станет, позаботься о дочке', 'goodbye', 'concern'],
    ['я убью его', 'harm_others', 'concern'],
    ['пристрелю его, если ещё раз подойдёт к дочке', 'harm_others', 'concern'],
    ['отравлю этого соседа вместе с его псом', 'harm_others', 'concern'],
    ['он бьёт моего ребёнка', 'child_danger', 'child'],
    ['swear I will strangle that moron from accounts', 'harm_others', 'concern'],
    ['урою этого гада, пусть только появится', 'harm_others', 'concern'],
    ['she slapped our daughter across the face at pickup', 'child_danger', 'child'],
    ['my ex threw our son into the door frame', 'child_danger', 'child'],
    ['our toddler swallowed a button battery', 'child_danger', 'child'],
    ['сын наглотался маминых таблеток', 'child_danger', 'child'],
    ['planning my revenge on the judge', 'harm_others', 'concern'],
    ['хочу отомстить бывшему за всё', 'harm_others', 'concern'],
    ['learning to box so I can hurt him properly', 'harm_others', 'concern'],
    ['the river on Sunday, my pockets full of stones', 'plan', 'imminent'],
    ['if he turns up at pickup again I will break his jaw', 'harm_others', 'concern'],
    ['сломать ему челюсть', 'harm_others', 'concern'],
    // The means the English patterns know, said in Russian.
    ['в сарае петля уже висит', 'plan', 'imminent'],
    ['приладил петлю на крюк в подвале', 'plan', 'imminent'],
    ['закрою гараж изнутри и заведу мотор', 'plan', 'imminent'],
    ['приставлю ружьё к виску и всё', 'plan', 'imminent'],
    ['сколько минут нужно, чтобы задохнуться', 'plan', 'imminent'],
    ['my landlord is getting stabbed if he changes the locks', 'harm_others', 'concern'],
    ['going to inject all my insulin', 'plan', 'imminent'],
    ['swallow the whole bottle of painkillers', 'plan', 'imminent'],
    ['вколю себе весь запас инсулина', 'plan', 'imminent'],
    ['выпью всю упаковку снотворного', 'plan', 'imminent'],
    ['опять ударил сына, не сдержался', 'child_danger', 'child'],
    ['Перестать лупить детей ремнём', 'child_danger', 'child'],
    ['опять хочется сделать себе больно', 'self_harm', 'concern'],
    ['I keep thinking about strangling my boss', 'harm_others', 'concern'],
    ['задушу свекровь, если ещё раз полезет', 'harm_others', 'concern'],
    ['уволиться, а то я кого-то на складе не прибил', 'harm_others', 'concern'],
    ['после ссор ошпариваю руки кипятком', 'self_harm', 'concern'],
    ['иногда думаю застрелиться', 'ideation', 'concern'],
  ])('recognises %j as %s (%s) by its patterns alone', (text, category, level) => {
    expect(matchPatterns(patternText(text))).toBe(category);
    expect(verdict(text)).toEqual({ category, level });
  });

  it.each([
    'he beats my daughter at home',
    'my husband chokes our son at times',
    'умереть бы уже',
    'исчезнуть бы навсегда',
    'I keep hurting myself',
    'my legs are fine, I just want to die',
    'i just want my kids back want to die',
    'im back wanting to die again',
    'rocking back and forth holding my knees wanting to die',
    'cried my eyes out wanting to die',
  ])('still recognises %j', (text) => expect(verdict(text)).not.toBeNull());

  it.each([
    "hit my son's tennis ball over the fence",
    "burned the kids' toast again",
    'threw my daughter a surprise party',
    'building a revenge body for the reunion',
    'learn to shoot so I can get a deer this season',
    'урою всех на турнире по шахматам',
    'сын съел таблетку от кашля, как врач сказал',
    'Overdose on veggies',
    'Stop overdosing on caffeine',
    'break a leg at the audition tonight',
    'сломать старую челюсть у экскаватора',
    'Learn chess well enough to beat my son',
    'набрать петли для шарфа и провязать первый ряд',
    'прогреть мотор в гараже перед поездкой',
    'my son is gonna get killed on that motorbike one day',
    'take all my tablets with breakfast, as the GP said',
    'мяч ударил в стекло, сын испугался',
    'хоть застрелись, а отчёт к пятнице',
    'прибить полку в прихожей',
    'Get the will done before I go on holiday',
    'Ran a half marathon, my calves want to die',
    'leg day again, my quads literally want to die',
  ])('leaves the same words in an ordinary sense to the model: %j', (text) =>
    expect(matchPatterns(patternText(text))).toBeUndefined(),
  );

  it('leaves a death from an overdose to the model, which may be set aside; the writer’s own overdose stays a pattern', () => {
    // A grief goal: a pattern here would turn the bereaved person's goal away with no "not about my safety".
    for (const text of [
      "28, Sydney. My brother died last April, an overdose. Mum wants a mass, Dad doesn't want anything.",
      'We lost my son to an overdose in 2019 and his anniversary is coming.',
      "Planning my sister's memorial after her overdose",
    ])
      expect(matchPatterns(patternText(text))).toBeUndefined();
    for (const text of [
      "I'm going to overdose tonight",
      'He died last year and I think I will overdose too',
      'Can you overdose on melatonin or do I need something stronger',
    ])
      expect(matchPatterns(patternText(text))).toBe('self_harm');
  });

  it('reads Russian word edges right: a place inside another word is not a place', () => {
    for (const text of ['искал работу, а нашёл только отказ', 'самостоятельно решу', 'поездка на море'])
      expect(matchPatterns(patternText(text))).toBeUndefined();
    expect(matchPatterns(patternText('брошусь под поезд'))).toBe('plan');
  });

  it('makes any crisis imminent when it names a time or a means', () => {
    expect(verdict('I want to kill myself tonight')).toEqual({ category: 'ideation', level: 'imminent' });
    expect(verdict('хочу умереть, таблетки уже на столе')).toMatchObject({ level: 'imminent' });
  });

  it.each([
    'Learn Spanish',
    'I want to kill time before my flight productively',
    'This killer app idea needs a landing page',
    'I’m dying to see my son this weekend',
    'Убить время с пользой: читать книги',
    'Reconnect with my son after the divorce',
    'Написать письмо дочери',
  ])('leaves %j to the coach', (text) => {
    expect(verdict(text)).toBeNull();
  });

  // Everyday lines that once matched a pattern, which the model could never overrule (a review
  // found them). The patterns must stay out of their way; whether the model reads them right is
  // what the blind sets measure.
  it.each([
    "I'll text you when I step off the train",
    'how long does it take to fall asleep',
    'Tomorrow I won’t be around, I have a work trip',
    'I didn’t mean to hurt her feelings',
    'I’ll shoot him a message about the handover',
    'he beats my son at chess every Sunday',
    'I hurt myself again at the gym',
    'I’m going to die of embarrassment at the parents’ evening',
    'Когда меня не будет дома, дети у бабушки',
    'хочу покончить со всеми долгами до лета',
    'исчезнуть бы на недельку в отпуск',
    'С какого этажа лучше вид на реку?',
  ])('matches no pattern on %j', (text) => {
    expect(matchPatterns(patternText(text))).toBeUndefined();
  });

  it('finds a crisis sentence in the middle of a long letter', () => {
    const letter = [
      'Dear Mia, I hope school is going well and that you liked the drawing I sent.',
      'I think about you every single day.',
      'By the time you read this I won’t be here anymore, and none of it is your fault.',
      'Grandma will give you the box with my things.',
    ].join(' ');
    expect(verdict(letter)).not.toBeNull();
  });

  it('reads a goal’s title and description with the goal register’s model, and every chat message with the chat model', () => {
    const chat: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.9, category: 'hopeless' }) };
    const goals: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.05, category: 'hopeless' }) };
    const screen = createCrisisCheck(chat, { goalModel: goals });
    expect(screen.check('Поменять работу и уйти в дизайн', 'title')).toEqual({ crisis: false, uncertain: false });
    expect(screen.check('Поменять работу и уйти в дизайн', 'message')).toMatchObject({ crisis: true });
    expect(screen.check('Change jobs and move into design', 'description')).toEqual({
      crisis: false,
      uncertain: false,
    });
    expect(screen.check('Change jobs and move into design', 'message')).toMatchObject({ crisis: true });
    // Without a goal model the chat model reads every field, at the register's own thresholds.
    expect(createCrisisCheck(chat).check('Поменять работу и уйти в дизайн', 'title')).toMatchObject({ crisis: true });
  });

  it('lets the patterns floor hold when the model says safe, and asks for a second opinion only near the line', () => {
    const sure = (probability: number): Pick<CrisisModel, 'score'> => ({
      score: () => ({ p: probability, category: 'hopeless' }),
    });
    const bands = uniformThresholds({ crisis: 0.5, uncertain: 0.2 });
    expect(createCrisisCheck(sure(0), { thresholds: bands }).check('I want to kill myself')).toMatchObject({
      crisis: true,
      source: 'pattern',
    });
    const vague = 'nothing really matters to me anymore';
    expect(createCrisisCheck(sure(0.9), { thresholds: bands }).check(vague)).toMatchObject({
      crisis: true,
      category: 'hopeless',
      source: 'model',
    });
    expect(createCrisisCheck(sure(0.25), { thresholds: bands }).check(vague)).toEqual({
      crisis: false,
      uncertain: true,
    });
    expect(createCrisisCheck(sure(0.01), { thresholds: bands }).check(vague)).toEqual({
      crisis: false,
      uncertain: false,
    });
    // Up to four words, the model must be surer: «нет» or "the thing on tuesday" is not a crisis at 0.45.
    expect(createCrisisCheck(sure(0.45), { thresholds: bands }).check('the thing on tuesday')).toEqual({
      crisis: false,
      uncertain: true,
    });
    expect(createCrisisCheck(sure(0.55), { thresholds: bands }).check('the thing on tuesday')).toMatchObject({
      crisis: true,
    });
  });

  it.each([
    ['Cleaned the rifle and packed for the deer hunt with my brother on Saturday', 'plan'],
    ['Finally got my will signed at the solicitor, the house goes to the kids', 'goodbye'],
    ['Took the sleeping tablets as prescribed and slept eight hours', 'plan'],
    ['Составила завещание у нотариуса, опекуном будет сестра', 'goodbye'],
    ['В субботу на утку с отцом, лицензию продлил', 'plan'],
    ['Взяла в аптеке таблетки от давления на три месяца по рецепту', 'plan'],
    ['Remember the pills for my thyroid every morning', 'plan'],
    ['Не забывать таблетки от щитовидки по утрам', 'plan'],
    ['Refill my insulin at the pharmacy before the long weekend', 'plan'],
    ['Купить таблетницу, чтобы пить таблетки вовремя', 'plan'],
    ['Last cigarette on the 1st, quit date set and nicotine patches bought', 'plan'],
    ['Последняя сигарета в воскресенье, бросаю курить с мужем', 'plan'],
    ['Sort the first-aid kit and bin the expired tablets', 'plan'],
    ['Собрать аптечку на дачу и проверить сроки годности таблеток', 'plan'],
    ['Give the clothes I never wear to the charity shop', 'goodbye'],
  ] as const)(
    'reads %j, ordinary practice with a means or an arrangement, with more certainty (%s)',
    (text, category) => {
      const model = (probability: number): Pick<CrisisModel, 'score'> => ({
        score: () => ({ p: probability, category }),
      });
      const bands = uniformThresholds({ crisis: 0.3, uncertain: 0.15 });
      expect(createCrisisCheck(model(0.35), { thresholds: bands }).check(text).crisis).toBe(false);
      expect(createCrisisCheck(model(0.45), { thresholds: bands }).check(text).crisis).toBe(true);
    },
  );

  it.each([
    ['bye everyone x', 'message', 'goodbye', 'concern'],
    ['goodnight world', 'message', 'goodbye', 'concern'],
    ['Goodbye coach 🖤', 'message', 'goodbye', 'concern'],
    ['Thanks for everything. Bye everyone', 'message', 'goodbye', 'concern'],
    ['прощай, мир', 'message', 'goodbye', 'concern'],
    ['спасибо за всё. пока.', 'message', 'goodbye', 'concern'],
    ['Last day 28th', 'title', 'plan', 'imminent'],
    ['Last day plan', 'title', 'plan', 'imminent'],
    ['Последний день — 20 марта', 'title', 'plan', 'imminent'],
  ] as const)(
    'reads a short text that is only a farewell to the world or a last day with its date as the crisis it is: %j',
    (text, field, category, level) => {
      const unsure: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.05, category: 'hopeless' }) };
      expect(createCrisisCheck(unsure).check(text, field)).toEqual({ crisis: true, category, level, source: 'model' });
    },
  );

  it.each([
    'bye',
    'bye for now',
    'goodnight all',
    'bye everyone, see you Monday',
    'thanks, see you tomorrow coach',
    'всем пока',
    'спасибо, пока',
    'Last day',
    'Last day of school',
    'Последний день отпуска',
  ])('reads an ordinary short goodbye or last day as the model does: %j', (text) => {
    const unsure: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.05, category: 'goodbye' }) };
    expect(createCrisisCheck(unsure).check(text, 'message')).toEqual({ crisis: false, uncertain: false });
  });

  it.each([
    ['Застрелить шефа на пейнтболе в субботу 😄', 'title'],
    ['Going to destroy my brother at chess tonight, he is toast', 'message'],
  ] as const)('asks the model for more certainty of a threat in a game: %j', (text, field) => {
    const reading = (chance: number): Pick<CrisisModel, 'score'> => ({
      score: () => ({ p: chance, category: 'harm_others' }),
    });
    const bands = uniformThresholds({ crisis: 0.3, uncertain: 0.15 });
    expect(createCrisisCheck(reading(0.35), { thresholds: bands }).check(text, field).crisis).toBe(false);
    expect(createCrisisCheck(reading(0.45), { thresholds: bands }).check(text, field).crisis).toBe(true);
  });

  it.each([
    'Filled the prescription at two pharmacies on purpose, I know what I am doing with them',
    'Will is signed. When I’m gone the kids get the house',
    'Накопила таблеток по рецепту, хватит чтобы уснуть',
    'Finish my will this week, before I go through with it',
    'Завещание у нотариуса оформить, пока не уйду сама',
    'Insulin pens, the whole box of them, once the house is asleep',
    'Всю пачку таблеток от давления, когда все уснут',
  ])(
    'keeps the usual certainty when practice turns to a means for oneself, a whole supply or an unseen moment: %j',
    (text) => {
      const model: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.35, category: 'plan' }) };
      const bands = uniformThresholds({ crisis: 0.3, uncertain: 0.15 });
      expect(createCrisisCheck(model, { thresholds: bands }).check(text).crisis).toBe(true);
    },
  );

  it.each([
    ['after the funeral. finished.', 'message', true],
    ['после суда. решено.', 'message', true],
    ['after the hearing, pizza', 'title', false],
  ] as const)(
    'reads a short line the model takes for a plan at the usual bar when it names a time or a means, in the chat: %j',
    (text, field, flagged) => {
      const plan: Pick<CrisisModel, 'score'> = { score: () => ({ p: 0.35, category: 'plan' }) };
      const bands = uniformThresholds({ crisis: 0.3, uncertain: 0.15 });
      expect(createCrisisCheck(plan, { thresholds: bands }).check(text, field).crisis).toBe(flagged);
      // A short line that names neither still needs the short lines' bar.
      expect(createCrisisCheck(plan, { thresholds: bands }).check('ok. finished.', field).crisis).toBe(false);
    },
  );

  it('is deterministic: a second training gives the same verdicts', async () => {
    const { trainedCrisisCheck } = await import('../../main/trained-crisis-check.js');
    const again = trainedCrisisCheck();
    for (const text of ['i cant do this anymore', 'всё достало, сил нет', 'this case is killing me'])
      expect(again.check(text)).toEqual(check.check(text));
  });
});
