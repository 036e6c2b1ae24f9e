import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the nineteenth blind read, fixed in general (helper fix19c)', () => {
  it('gives snacks grazed at the desk their own steps, and throws no supplies away for a habit without any', async () => {
    const en = await firstFive(
      'quit',
      'Stop grazing on snacks all day while working from home',
      "The kitchen is ten steps from my desk and I reckon I eat every half hour between 10 and 4. It's worst during back-to-back video calls.",
    );
    expect(en.keys).toContain('quit-graze-path');
    expect(en.keys).not.toContain('quit-clear');
    expect(en.text).not.toMatch(/never pass them on|delivery app/i);
    const ru = await firstFive(
      'quit',
      'Перестать весь день таскать печеньки из кухни',
      'Работаю из дома, постоянно перекусываю на созвонах.',
      'ru',
    );
    expect(ru.keys).toContain('quit-graze-times');
    // A habit with nothing to throw away gets the kind-general change of place instead.
    const knuckles = await firstFive(
      'quit',
      'Stop cracking my knuckles',
      'My partner hates the sound, I do it in meetings.',
    );
    expect(knuckles.keys).not.toContain('quit-clear');
    expect(knuckles.keys).toContain('quit-cue');
    // Control: a smoker still clears the cigarettes out.
    const smoke = await firstFive('quit', 'Бросить курить', 'Курю пачку в день 15 лет.', 'ru');
    expect(smoke.keys).toContain('quit-clear');
    expect(smoke.keys).toContain('quit-date');
  });

  it('steps sugar in tea down instead of a junk-food log and a quit date', async () => {
    const en = await firstFive(
      'quit',
      'Give up the four sugars in my tea',
      "I drink about eight mugs a day on site as a plasterer and my dentist's just told me off. I tried going cold turkey once and lasted a day.",
    );
    expect(en.keys.slice(0, 2)).toContain('quit-sug-taper');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-food-log');
    expect(en.text).not.toMatch(/takeaway|crisps/i);
    const ru = await firstFive(
      'quit',
      'Отказаться от сахара в кофе',
      'Кладу три ложки, пью кофе четыре раза в день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-sug-taper');
    expect(ru.keys).not.toContain('quit-caf-taper');
  });

  it('gives a failed cold-turkey attempt a look back and a new method, not another quit date', async () => {
    const en = await firstFive('quit', 'Quit vaping', 'I tried cold turkey twice and lasted two days each time.');
    expect(en.keys.slice(0, 2)).toEqual(['quit-again-review', 'quit-again-method']);
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Бросить курить',
      'Пробовал бросить резко три раза, продержался максимум неделю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-again-method');
    // The new method is the support (blind read 24): the smoking support step would only repeat it.
    expect(ru.keys).not.toContain('quit-smoke-support');
  });

  it('plans the trip home for food bought on the way, not the cupboards or a delivery app', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать наедаться фастфудом после ночных смен',
      'Работаю медсестрой в реанимации, после ночи по дороге домой всегда захожу за бургером и картошкой. За год плюс 7 кг, и понимаю, что ем не от голода, а от усталости.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-way-moment', 'quit-way-bag']);
    expect(ru.keys).not.toContain('quit-food-home');
    expect(ru.keys).not.toContain('quit-junk-dinners');
    const en = await firstFive(
      'quit',
      'Stop buying a meal deal and crisps on the way home',
      'I always stop at the garage on my drive home.',
    );
    expect(en.keys).toContain('quit-way-moment');
  });

  it("gives a parent following the children's school language the school's words, not tourist phrases", async () => {
    const en = await firstFive(
      'language',
      "Learn enough Gaelic to follow my kids' homework from their Gaelic-medium school",
      "Both my kids go to a Gaelic-medium primary in Glasgow and I don't have a word of it.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['lang-school-ask', 'lang-school-words', 'lang-school-read']);
    expect(en.text).not.toMatch(/survival phrases|sticky notes|on the list/i);
    const ru = await firstFive(
      'language',
      'Выучить казахский, чтобы помогать сыну с уроками',
      'Сын учится в школе на казахском, делать уроки с ним не могу.',
      'ru',
    );
    expect(ru.keys).toContain('lang-school-words');
  });

  it('gives songs and a libretto a word-by-word translation, and no tourist phrases to any beginner', async () => {
    const ru = await firstFive(
      'language',
      'Выучить итальянский, чтобы понимать, что я пою',
      'Пою в оперном хоре театра в Самаре, арии учу по транскрипции, а смысла не понимаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-lyric-lines');
    expect(ru.text).not.toMatch(/«я не понимаю»/);
    const en = await firstFive(
      'language',
      'Learn French to understand the songs I love',
      'I listen to Brel and Piaf and want to know what the lyrics mean.',
    );
    expect(en.keys).toContain('lang-lyric-lines');
    const plain = await firstFive(
      'language',
      'Learn Portuguese',
      "My wife's family is from Porto and I'd like to chat with them.",
    );
    // fix48M: a partner's family's language gets its phrases from the family teacher, not lang-03's "first ten words".
    expect(plain.keys).toContain('lang-inlaw-teacher');
    expect(plain.text).not.toMatch(/survival phrases/i);
  });

  it('skips the level test for a level known from tests', async () => {
    const ru = await firstFive(
      'language',
      'Разговорить свой немецкий перед стажировкой в Мюнхене',
      'В школе и универе учил немецкий, по тестам где-то B1, но вслух двух слов не свяжу.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-15');
    const en = await firstFive(
      'language',
      'Get my Spanish speaking going again',
      'I tested at B2 last month but I freeze when I have to talk.',
    );
    expect(en.keys).not.toContain('lang-15');
  });

  it('reads a work in volumes as one big book: no short book under 200 pages, no second commute reminder', async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать «Путь Абая» Ауэзова полностью',
      'Начинала трижды ещё в университете и бросала на первом томе. Хочу дочитать все четыре книги к лету, читаю в основном в автобусе по дороге на работу.',
      'ru',
    );
    expect(ru.keys).toContain('read-book-plan');
    expect(ru.text).not.toMatch(/до 200 страниц/);
    const en = await firstFive(
      'reading',
      'Finish A Dance to the Music of Time',
      'All four volumes; I stalled in the first volume last year.',
    );
    expect(en.keys).toContain('read-book-plan');
    expect(en.text).not.toMatch(/under 200 pages/i);
  });

  it('starts decluttering with one cupboard, not a whole room in 30 minutes', async () => {
    const en = await firstFive(
      'moving',
      'Move house by the end of March',
      'We sold ours and bought a house 20 miles away.',
    );
    expect(en.text).not.toMatch(/^Declutter one room/m);
    expect(en.text).toMatch(/one cupboard/);
  });

  it('gives an old injury a physio check, and one already back in training no half-volume comeback', async () => {
    const en = await firstFive(
      'sport',
      'Break four hours at the London Marathon next April',
      'I ran 4:22 two years ago, then had a stress fracture in my foot and only started running again in September. I can do 15 miles comfortably now.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-28');
    expect(en.keys).not.toContain('sport-09');
    const ru = await firstFive(
      'sport',
      'Пробежать полумарафон весной',
      'После травмы ахилла снова бегаю с лета, сейчас спокойно пробегаю 15 км.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-29');
  });

  it('keeps golf out of a bowling plan, and gives a sport with no branch kind-general steps', async () => {
    const en = await firstFive(
      'sport',
      'Average 180 in my Tuesday night bowling league',
      'I leave the 10-pin standing all the time.',
    );
    const plan = en.text.split('\n').find((line) => line.startsWith('Write a simple game plan')) ?? '';
    expect(plan).toMatch(/bowling/);
    const ru = await firstFive(
      'sport',
      'Выступить на соревнованиях по бальным танцам',
      'Танцуем с партнёром второй год, хотим в класс D.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'sport-gen-review',
      'sport-gen-coach',
      'sport-gen-practice',
      'sport-gen-date',
    ]);
    expect(ru.text).not.toMatch(/интервальн|длинн/);
    // Control: a runner keeps the distance path.
    const run = await firstFive('sport', 'Run a sub-25 5k', 'I run three times a week and my best is 26:40.');
    expect(run.keys.slice(0, 3)).toEqual(['sport-01', 'sport-03', 'sport-06']);
  });

  it('explores another sector before any CV, and never asks for postings after tailoring', async () => {
    const ru = await firstFive(
      'career',
      'Уйти из банка в некоммерческий сектор',
      'Восемь лет в кредитном отделе, деньги хорошие, но смысла не вижу. Думаю про фонды помощи детям, но не понимаю, кем там могу быть и потяну ли меньшую зарплату.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['car-sec-roles', 'car-sec-pay']);
    expect(ru.keys).not.toContain('car-04');
    const en = await firstFive(
      'career',
      'Move from corporate law into the nonprofit sector',
      'I want work with meaning but I have a mortgage.',
    );
    expect(en.keys).toContain('car-sec-pay');
    const replies = await firstFive(
      'career',
      'Переделать резюме на hh, а то никто не зовёт',
      'Я логист с опытом девять лет, откликнулась на 40 вакансий — два приглашения.',
      'ru',
    );
    expect(replies.keys).not.toContain('car-03');
    // The default opens with people and postings, not three CV rewrites.
    const network = await firstFive(
      'career',
      'Build my professional network',
      "I don't know anyone in my industry outside my company.",
    );
    expect(network.keys.slice(0, 2)).toEqual(['car-01', 'car-07']);
    expect(network.keys).not.toContain('car-05');
    expect(network.keys).not.toContain('car-06');
  });
});
