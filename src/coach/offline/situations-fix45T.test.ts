import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const own = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));

describe('the forty-fifth blind read, fixed in general (helper fix45T)', () => {
  it('reads strength lost after an illness as a beginner: no "halve what you used to do"', async () => {
    const en = await tap(
      'fitness',
      'strong enough to carry my own water again',
      "I'm 68. After a bad flu this winter I lost a lot of strength and my grandchildren fetch the water for me. I take tablets for blood pressure.",
      'en',
      ['Balance and strength in later life'],
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-24');
    const ru = await tap(
      'fitness',
      'Снова окрепнуть, чтобы носить сумки с рынка',
      'Мне 71, после гриппа совсем ослабла, сумки теперь носит соседка. Хочу опять справляться сама.',
      'ru',
    );
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-24');
    // A real comeback with no illness keeps the halved restart.
    const near = await tap(
      'fitness',
      'Get back to the gym',
      'I lifted three times a week for five years, then stopped two years ago when work got busy. I want to restart.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('fit-23');
  });

  it('gives waking at 4 with work in the head its own steps — the day closed on paper, coffee cut back — not an armchair evening', async () => {
    const ru = await tap(
      'sleep',
      'просыпаюсь в 4 утра и всё, думаю о работе',
      'Мне 39, руковожу отделом. Засыпаю нормально, но почти каждую ночь просыпаюсь в четыре и уже не могу уснуть, в голове задачи и созвоны. Днём держусь на кофе, чашек пять.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-early-work-list');
    expect(ru.keys).toContain('sleep-early-coffee');
    expect(some(ru.keys, 'sleep-doze-')).toEqual([]);
    expect(ru.keys).not.toContain('sleep-early-nap');
    expect(ru.keys).not.toContain('sleep-early-bed');
    const en = await tap(
      'sleep',
      'Stop waking at 4am',
      "I'm 42, a project manager. I keep waking at 4 and can't get back to sleep, thinking about work and tomorrow's meetings.",
      'en',
    );
    expect(en.keys[0]).toBe('sleep-early-work-list');
    expect(some(en.keys, 'sleep-doze-')).toEqual([]);
    // Dozing in the armchair, then awake at 4, keeps the evening steps; waking at 4 alone gets no armchair.
    const chair = await tap(
      'sleep',
      'Не просыпаться ни свет ни заря',
      'Мне 75, после ужина засыпаю в кресле, а ночью просыпаюсь в четыре и лежу до утра.',
      'ru',
    );
    expect(chair.keys[0]).toBe('sleep-doze-evening');
    const alone = await tap(
      'sleep',
      'Sleep past 4',
      "I'm 74. I keep waking at 4 and can't get back to sleep, then I lie there till dawn.",
      'en',
    );
    expect(some(alone.keys, 'sleep-doze-')).toEqual([]);
    expect(alone.keys).not.toContain('sleep-early-work-list');
  });

  it('turns the TV off for reading when the TV is what took the evenings, and keeps the phone step for the phone', async () => {
    const ru = await tap(
      'reading',
      'опять начать читать, а то один телевизор',
      'Мне 76. Раньше читала по книге в неделю, а последние годы только телевизор. Хочу снова читать хотя бы вечерами.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).toContain('read-tv-off');
    expect(ru.keys).not.toContain('read-phone-away');
    const en = await tap(
      'reading',
      'Read again instead of the telly',
      "I'm 74. I used to read a book a week, but these last years it's only the telly. I want to read again in the evenings.",
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('read-tv-off');
    expect(en.keys).not.toContain('read-phone-away');
    const near = await tap(
      'reading',
      'Read again instead of scrolling',
      'I used to read a lot; now my phone eats every evening.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).not.toContain('read-tv-off');
  });

  it('ties reading to the bus ride once: no second "tie reading to a moment" step', async () => {
    const ru = await tap(
      'reading',
      'снова читать книги, а не только телеграм',
      'Раньше читал запоем, а последние года три всё съедают телеграм и ютуб. Читать реально только в автобусе, минут сорок в одну сторону.',
      'ru',
      ['Чтение в автобусе'],
    );
    expect(ru.keys[0]).toBe('read-transit-carry');
    expect(ru.keys).not.toContain('read-slot');
    const en = await tap(
      'reading',
      'Read more books',
      'I used to read loads. These days I only have the train ride, 35 minutes each way.',
      'en',
      ['Reading on the bus'],
    );
    expect(en.keys).toContain('read-transit-carry');
    expect(en.keys).not.toContain('read-slot');
  });

  it('plans the heavy jobs before prices, so no movers count "everything" before the list of what goes', async () => {
    const ru = await tap(
      'moving',
      'перебраться из Норильска на материк',
      'Мне 64, хотим с мужем уехать на материк. Муж после операции на сердце, тяжёлое ему поднимать нельзя, а контейнер отправлять надо летом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('move-nolift-help');
    expect(ru.texts[0]).not.toMatch(/посчитать упаковку и вынос всего/);
    expect(ru.texts[0]).toMatch(/когда станет ясно, что едет/);
    const en = await tap(
      'moving',
      'Move to the coast',
      "We're moving 400 miles to the coast. I had a hip replacement and mustn't lift anything heavy.",
      'en',
    );
    expect(en.texts.join('\n')).not.toMatch(/quote for packing and carrying everything/);
  });

  it('keeps an exam’s smaller timed practice honest in minutes and does not repeat it with a past paper', async () => {
    const ru = await tap(
      'exam',
      'ЕГЭ по профильной математике хотя бы на 70',
      'Мне 17, 11 класс, математику ведёт физрук. Нужно баллов 70.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.text).not.toMatch(/Пройди одну часть пробного теста на время\./);
    expect(ru.text).not.toMatch(/Реши одну часть варианта прошлых лет на время и проверь\./);
    const en = await tap('exam', 'Pass the SAT math with 700', 'I am a junior and I study every week.', 'en', [
      'Already',
    ]);
    expect(en.text).not.toMatch(/Do one section of a practice test, timed\./);
  });

  it('starts a story not yet written from its first scene, and outlines first when the plot is stuck', async () => {
    const ru = await tap(
      'writing',
      'рассказ на республиканский конкурс до 15 марта',
      'Мне 17. Работы принимают до 15 марта. Я давно пишу в тетрадку для себя. Хочу написать про бабушку и наше село.',
      'ru',
      ['Уже занимаюсь', 'Ещё ничего не написано'],
    );
    expect(ru.keys).not.toContain('write-act-next');
    expect(ru.keys[0]).toBe('write-blank-first');
    const en = await tap(
      'writing',
      'A short story for the county competition',
      "I've written for myself for years. I want to write a story about my grandfather's farm; entries close on 1 May.",
      'en',
      ['Already', 'Nothing written yet'],
    );
    expect(en.keys).not.toContain('write-act-next');
    const stuck = await tap(
      'writing',
      'дописать фэнтези-роман, застрял на середине',
      'Пишу роман второй год, набралось 140 тысяч знаков, а дальше застрял — не понимаю, куда вести сюжет. Хочу закончить черновик к лету.',
      'ru',
    );
    expect(stuck.keys.indexOf('write-act-outline')).toBeGreaterThanOrEqual(0);
    expect(stuck.keys.indexOf('write-act-outline')).toBeLessThan(stuck.keys.indexOf('write-act-next'));
    const stuckEn = await tap(
      'writing',
      'Finish my fantasy novel',
      "I'm 60,000 words into my novel and stuck: I don't know where to take the plot from here.",
      'en',
      ['Already', 'A draft already half'],
    );
    expect(stuckEn.keys.indexOf('write-act-outline')).toBeLessThan(stuckEn.keys.indexOf('write-act-next'));
    // A novel going well keeps "write the next scene" first.
    const near = await tap(
      'writing',
      'Finish my novel by summer',
      "I'm 60,000 words in, writing most evenings, and I know how it ends.",
      'en',
      ['Already', 'A draft already half'],
    );
    expect(near.keys.indexOf('write-act-next')).toBeLessThan(near.keys.indexOf('write-act-outline'));
  });

  it('gives an algorithms round no behavioural STAR stories', async () => {
    const ru = await tap(
      'interview',
      'алгоритмическая секция на собесе через 10 дней',
      'Прошёл скрининг в IT-компанию, дальше секция с задачками на Python. На литкоде easy решаю, на medium плыву.',
      'ru',
      ['Секция по алгоритмам'],
    );
    expect(ru.keys).toContain('intv-algo-daily');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Pass the coding round at a big tech company',
      'The algorithms round is in two weeks. I can do LeetCode easy but struggle with medium.',
      'en',
      ['An algorithms'],
    );
    expect(en.keys).not.toContain('intv-03');
    const near = await tap(
      'interview',
      'Job interview for a store manager role',
      'Interview on Friday with the area manager.',
    );
    expect(near.keys).toContain('intv-03');
  });

  it('asks about the price at the dentist when the cost is the fear, and drops the nerves step when someone already goes along', async () => {
    const ru = await tap(
      'checkup',
      'сходить уже к стоматологу, зуб ноет месяц',
      'Мне 72. Уже месяц ноет зуб под мостом. Пью анальгин. Боюсь, что скажут всё снимать, а на новый протез денег нет.',
      'ru',
    );
    expect(ru.keys).toContain('chk-dent-cost');
    expect(ru.keys).not.toContain('chk-dent-signal');
    const en = await tap(
      'checkup',
      'Get my tooth seen to',
      "I'm 66. My back tooth under the crown has ached for weeks. I'm scared of the cost — I can't afford a new crown.",
      'en',
      ['The dentist'],
    );
    expect(en.keys).toContain('chk-dent-cost');
    expect(en.keys).not.toContain('chk-dent-signal');
    // Fear of the chair keeps the stop signal, with no cost step.
    const chair = await tap(
      'checkup',
      'Go to the dentist at last',
      "I'm terrified of the drill and haven't been in six years.",
      'en',
    );
    expect(chair.keys).toContain('chk-dent-signal');
    expect(chair.keys).not.toContain('chk-dent-cost');
    // A companion named drops "if appointments make you nervous, tell someone".
    const eyes = await tap(
      'checkup',
      'finally get my eyes tested, cataracts maybe?',
      "I'm 77 and live two hours out of Dubbo. Driving at dusk has got hard. The nearest optometrist is in town and my daughter can only take me on weekends.",
      'en',
    );
    expect(eyes.keys).not.toContain('chk-09');
    expect(eyes.keys).toContain('chk-eyes-book');
    const ruEyes = await tap(
      'checkup',
      'Проверить зрение',
      'Мне 70, стала хуже видеть вдаль. В выходные дочь меня отвезёт в город.',
      'ru',
    );
    expect(ruEyes.keys).not.toContain('chk-09');
    // No one named to go along: the nerves step stays.
    const alone = await tap('checkup', 'Get my eyes tested', 'I am 72 and my distance vision is getting blurry.');
    expect(alone.keys).toContain('chk-09');
  });

  it('sets up a room for a parent after a fall with the bed and the path made safe, and asks no "what is the room for"', async () => {
    const en = await tap(
      'home',
      'turn the box room into a room for Mum',
      "My mum, who's 83, is moving in with us in February after a fall. The box room is full of old stuff and boxes. It needs clearing and setting up with a bed she can get in and out of safely.",
      'en',
      ['Setting a room'],
    );
    expect(en.keys).not.toContain('home-room-purpose');
    expect(own(en.keys)).toContain('home-room-steady');
    expect(own(en.keys).indexOf('home-room-steady')).toBeLessThan(own(en.keys).indexOf('home-room-layout'));
    const ru = await tap(
      'home',
      'Обустроить комнату для мамы',
      'Маме 80, после падения она переезжает к нам. Маленькая комната забита коробками, нужна кровать, с которой она сможет безопасно вставать.',
      'ru',
      ['Обустроить комнату'],
    );
    expect(ru.keys).not.toContain('home-room-purpose');
    expect(ru.keys).toContain('home-room-steady');
    // A room for a new use, no one unsteady: the purpose is still asked, no safety step.
    const near = await tap(
      'home',
      'Turn the spare room into something useful',
      'It is full of boxes from our move.',
      'en',
      ['Setting a room'],
    );
    expect(near.keys[0]).toBe('home-room-purpose');
    expect(near.keys).not.toContain('home-room-steady');
  });

  it('names kettlebell sport in the club search, never «тренировки: клуб»', async () => {
    const ru = await tap(
      'sport',
      'выступить на ветеранских соревнованиях по гирям в сентябре',
      'Мне 66, гирями занимаюсь ещё с армии, толкаю 24 кг. В сентябре хочу выступить на областных соревнованиях среди ветеранов. Тренируюсь в гараже, тренера нет.',
      'ru',
    );
    expect(ru.text).not.toMatch(/«тренировки: клуб»/);
    // fix46E: kettlebell sport named is the lift path now (read 45b: a competitor got a beginner's walk-run).
    expect(ru.keys).toContain('sport-lift-plan');
    const en = await tap(
      'sport',
      'Compete in my first kettlebell sport meet',
      "I've trained kettlebells for three years in my garage and want to enter a regional girevoy competition in the autumn.",
      'en',
    );
    expect(en.text).not.toMatch(/for your sport/);
  });
});
