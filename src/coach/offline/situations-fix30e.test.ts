import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirtieth blind read, fixed in general (helper fix30e)', () => {
  it('keeps a medicine hidden from roommates private — no alarm named after it, no box by the shared toothbrush', async () => {
    const en = await tap(
      'habit',
      'Take my HIV meds at the same time every day',
      "I'm 19 and living in the hostel. I keep missing the evening dose because I don't want my roommates to see me take them. At my last review my viral load had gone up.",
      'en',
    );
    expect(en.keys).toContain('hab-pills-alarm-private');
    expect(en.keys).toContain('hab-pills-private-spot');
    expect(en.keys).toContain('hab-pills-private-clinic');
    expect(en.keys).not.toContain('hab-pills-alarm');
    expect(en.keys).not.toContain('hab-pills-anchor');
    expect(en.keys).not.toContain('hab-pills-tick');
    expect(en.text).not.toContain('named after the medicine');
    expect(en.text).toContain('only you understand');
    const ru = await tap(
      'habit',
      'Пить таблетки от ВИЧ в одно и то же время',
      'Живу в общежитии и пропускаю вечерний приём: не хочу, чтобы соседи видели, как я пью таблетки.',
      'ru',
    );
    expect(ru.keys).toContain('hab-pills-alarm-private');
    expect(ru.keys).toContain('hab-pills-private-spot');
    expect(ru.keys).not.toContain('hab-pills-alarm');
    expect(ru.keys).not.toContain('hab-pills-anchor');
    expect(ru.text).not.toContain('назови его по лекарству');
    // A medicine with nothing to hide keeps the alarm named after it and the box by the toothbrush.
    const plain = await tap('habit', 'Take my blood pressure tablets every day', 'I keep forgetting the evening one.');
    expect(plain.keys).toContain('hab-pills-alarm');
    expect(plain.keys).not.toContain('hab-pills-alarm-private');
    expect(plain.keys).not.toContain('hab-pills-private-spot');
  });

  it('lays out an evening habit once, at the last thing before bed — no second "everything at the spot" step', async () => {
    const en = await tap(
      'habit',
      'check my feet every night like the diabetes nurse said',
      'Type 2, diagnosed in the spring. I just keep forgetting.',
      'en',
      ['I keep forgetting'],
    );
    expect(en.keys).toContain('hab-forget-evening');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'Каждый вечер осматривать стопы, как сказала медсестра',
      'Диабет второго типа, постоянно забываю.',
      'ru',
      ['Постоянно забываю'],
    );
    expect(ru.keys).toContain('hab-forget-evening');
    expect(ru.keys).not.toContain('hab-04');
    // An evening habit nobody forgets gets the same anchor at bedtime, not the spot step on top.
    const floss = await tap('habit', 'Floss every night', 'I want to start a proper routine.');
    expect(floss.keys).toContain('hab-forget-evening');
    expect(floss.keys).not.toContain('hab-04');
    // A habit with no time of day keeps the spot step.
    const sketch = await tap('habit', 'Sketch for ten minutes a day', 'I have a sketchbook and never open it.');
    expect(sketch.keys).toContain('hab-04');
    expect(sketch.keys).not.toContain('hab-forget-evening');
  });

  it('brings a clock back from Ramadan nights after Eid — no iftar, suhoor or Ramadan nap', async () => {
    const en = await tap(
      'sleep',
      'Get my sleep back to normal after Ramadan',
      "Two weeks after Eid and I'm still up till 3 and dead at work.",
      'en',
      ['Sleeping around the Ramadan fast'],
    );
    expect(en.keys[0]).toBe('sleep-eid-wake');
    expect(en.keys).toContain('sleep-offn-meals');
    expect(en.keys.filter((key) => key.startsWith('sleep-ramadan-'))).toEqual([]);
    expect(en.text).not.toContain('suhoor');
    const ru = await tap(
      'sleep',
      'Вернуть нормальный сон после Рамадана',
      'Ураза закончилась две недели назад, а я всё ещё ложусь в три и на работе никакой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-eid-wake');
    expect(ru.keys.filter((key) => key.startsWith('sleep-ramadan-'))).toEqual([]);
    expect(ru.text).not.toContain('сухур');
    // During Ramadan the nights are still planned round iftar and suhoor.
    const during = await tap('sleep', 'Sleep enough during Ramadan', 'I work days and get up for suhoor at 4.', 'en', [
      'Sleeping around the Ramadan fast',
    ]);
    expect(during.keys).toContain('sleep-ramadan-blocks');
    expect(during.keys).not.toContain('sleep-eid-wake');
  });

  it('plans one night up a week — sleep before and after, no tractor while short of sleep, no clock ladder', async () => {
    const en = await tap(
      'sleep',
      'Get enough sleep when our canal water turn comes at night',
      "I'm 55 and farm 9 acres near Bathinda. Our warabandi turn on the canal is Tuesday nights this season, 1 to 5 am, and I can't miss it. Last week I nodded off on the tractor.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sleep-turn-before', 'sleep-turn-after', 'sleep-turn-machines']);
    expect(en.keys).not.toContain('sleep-flip-wake');
    expect(en.keys).not.toContain('sleep-screens');
    expect(en.text).toContain('no tractor');
    const ru = await tap(
      'sleep',
      'Высыпаться, когда у нас ночной полив',
      'Раз в неделю поливаю ночью, с часу до пяти утра, а потом два дня хожу как варёный и за рулём клюю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sleep-turn-before', 'sleep-turn-after', 'sleep-turn-machines']);
    expect(ru.text).toContain('ни трактора');
    // A body clock many hours off keeps the alarm ladder, with no night-turn steps.
    const flipped = await tap('sleep', 'Fix my sleep schedule', 'I go to bed at 5 am and wake up at 1 pm.');
    expect(flipped.keys).toContain('sleep-flip-wake');
    expect(flipped.keys).not.toContain('sleep-turn-before');
    // Night shifts keep the shift steps.
    const shifts = await tap(
      'sleep',
      'Sleep better on night shifts',
      'I work three night shifts a week as a nurse.',
      'en',
      ['Working night shifts'],
    );
    expect(shifts.keys).not.toContain('sleep-turn-before');
  });

  it('moves late hours with friends online and gives them an end — no chore moved earlier', async () => {
    const ru = await tap(
      'sleep',
      'Вставать в 4 на дойку и не ходить весь день варёным',
      'Мне 19, помогаю отцу на ферме. Ложусь в час, потому что вечером единственное время с друзьями хоть в телефоне.',
      'ru',
      ['Засиживаюсь ради времени для себя'],
    );
    expect(ru.keys).toContain('sleep-own-friends');
    expect(ru.keys).not.toContain('sleep-own-start');
    expect(ru.text).toContain('в общий чат');
    const en = await tap(
      'sleep',
      'Get to bed before midnight',
      "Gaming with my friends online is the only time I get to myself, so I'm up till 1 and I start work at 7.",
      'en',
      ['Staying up for time to myself'],
    );
    expect(en.keys).toContain('sleep-own-friends');
    expect(en.keys).not.toContain('sleep-own-start');
    // An evening eaten by chores keeps the chore moved earlier.
    const chores = await tap(
      'sleep',
      'Go to bed before midnight',
      'Once the kids are asleep it is the only time I have — dishes, lunches for tomorrow, then a series till 1.',
      'en',
      ['Staying up for time to myself'],
    );
    expect(chores.keys).toContain('sleep-own-start');
    expect(chores.keys).not.toContain('sleep-own-friends');
  });

  it('sends hearing lost in one ear to the ENT with its story — no hearing-aid questions', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к лору, стал хуже слышать на одно ухо',
      'уже месяца три правое ухо как ватой заложено, жена говорит телевизор ору',
      'ru',
      ['Проверка слуха'],
    );
    // fix50A: one ear goes to the GP or the ENT first (`chk-hear-one-gp`), not to a free hearing check at a shop.
    expect(ru.keys).toContain('chk-hear-one-gp');
    expect(ru.keys).not.toContain('chk-hear-book');
    expect(ru.keys).toContain('chk-hear-one-ear');
    expect(ru.keys).not.toContain('chk-hear-aids');
    expect(ru.text).not.toContain('слухового аппарата');
    const en = await tap(
      'checkup',
      'Get my hearing checked',
      'My left ear has felt muffled, like cotton wool, for three months.',
      'en',
      ['A hearing test'],
    );
    expect(en.keys).toContain('chk-hear-one-ear');
    expect(en.keys).not.toContain('chk-hear-aids');
    expect(en.text).toContain('get seen today');
    // Hearing worse in general, hearing aids feared: the questions about them stay.
    const both = await tap(
      'checkup',
      'Get my hearing tested',
      "My wife says the telly is too loud, and I don't want hearing aids.",
      'en',
      ['A hearing test'],
    );
    expect(both.keys).toContain('chk-hear-aids');
    expect(both.keys).not.toContain('chk-hear-one-ear');
  });

  it('books and prepares a toddler round the nap — no school hours, jab or picture chart', async () => {
    const ru = await tap(
      'checkup',
      'Проверить слух сыну — не откликается на имя',
      'Сыну год и десять, на имя оборачивается через раз, а на мультик из соседней комнаты прибегает. Детский сурдолог по ОМС только через два месяца.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys).toContain('chk-child-book-small');
    expect(ru.keys).toContain('chk-child-ready-small');
    expect(ru.keys).not.toContain('chk-child-book');
    expect(ru.keys).not.toContain('chk-child-ready');
    expect(ru.keys).not.toContain('chk-child-noticed');
    expect(ru.text).not.toContain('школ');
    expect(ru.text).not.toContain('картинки на таблице');
    const en = await tap(
      'checkup',
      "Get my daughter's hearing checked",
      "She's 20 months old and doesn't turn when we call her name.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book-small');
    expect(en.keys).not.toContain('chk-child-book');
    expect(en.text).not.toContain('school');
    // A schoolchild's eye test keeps the school-hours booking and the picture chart.
    const school = await tap(
      'checkup',
      "Get my son's eyes tested",
      "He's 8 and the teacher says he squints at the board.",
      'en',
      ['An appointment for my child'],
    );
    expect(school.keys).toContain('chk-child-book');
    expect(school.keys).not.toContain('chk-child-book-small');
  });

  it('builds the stomach muscles with core moves — not a first walk', async () => {
    const ru = await tap('fitness', 'Накачать пресс', '', 'ru', ['Накачать пресс']);
    expect(ru.keys).toContain('fit-abs-moves');
    expect(ru.keys).toContain('fit-abs-first');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-04');
    const en = await tap('fitness', 'Build my abs', '', 'en', ['Stronger stomach muscles']);
    expect(en.keys).toContain('fit-abs-moves');
    expect(en.keys).not.toContain('fit-14');
    // A new mother's tummy keeps the postnatal path; arms keep the arm moves.
    const postnatal = await tap(
      'fitness',
      'Get my stomach muscles back after having a baby',
      'She is four months old.',
      'en',
      ['Stronger stomach muscles'],
    );
    expect(postnatal.keys).not.toContain('fit-abs-moves');
    const arms = await tap('fitness', 'Накачать руки', 'Хочу подтянутые руки к лету.', 'ru', ['Подтянуть руки']);
    expect(arms.keys).toContain('fit-arms-moves');
    expect(arms.keys).not.toContain('fit-abs-moves');
  });

  it('asks no log of the last two weeks from someone idle since last season', async () => {
    const ru = await tap(
      'fitness',
      'Набрать форму к путине',
      'Мне 46, каждое лето хожу на путину на неводе. В прошлом году спину сорвал. Зимой работаю сторожем, сижу сутками, вес 98.',
      'ru',
      ['Тренировки при болях в спине'],
    );
    expect(ru.keys).not.toContain('fit-15');
    expect(ru.keys[0]).toBe('fit-back-check');
    const en = await tap(
      'fitness',
      'Get fit for the fishing season',
      'I crew on a boat every summer. In winter I sit in a security booth all night.',
      'en',
    );
    expect(en.keys).not.toContain('fit-15');
    // Someone training now keeps the log.
    const active = await tap('fitness', 'Get fitter', 'I already go to the gym three times a week.');
    expect(active.keys).toContain('fit-15');
  });
});
