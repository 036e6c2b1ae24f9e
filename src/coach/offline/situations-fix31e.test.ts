import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const HARD = ['fit-15', 'fit-16', 'fit-17', 'fit-18', 'fit-21', 'fit-06', 'fit-12', 'fit-23', 'fit-24'];

describe('the thirty-first blind read, fixed in general (helper fix31e)', () => {
  it('sends warning signs on exertion to a doctor first at every level — no test to the limit, no plan, no hard session', async () => {
    const en = await tap(
      'fitness',
      'Build up enough stamina to climb to my fields without stopping',
      'I am 49, from a village above Pokhara. Our terraces are 40 minutes up the hill from the house and this year I stop four or five times, my chest gets tight. No gym, only the hill. Rice planting starts in June.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys[0]).toBe('fit-flag-doctor');
    expect(en.keys).toEqual(['fit-flag-doctor', 'fit-flag-notes', 'fit-flag-until', 'fit-flag-ask', 'fit-flag-after']);
    expect(en.texts[0]).toMatch(/emergency services/);
    for (const key of HARD) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Подниматься на покос в гору без остановок',
      'Мне 52, в гору к покосу полчаса, а в этом году на подъёме давит в груди и темнеет в глазах, приходится стоять. Уже хожу каждый день, хочу лучше.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('fit-flag-doctor');
    expect(ru.texts[0]).toMatch(/скорую/);
    for (const key of HARD) expect(ru.keys).not.toContain(key);
    const beginner = await tap(
      'fitness',
      'Get fit',
      'I have palpitations when I walk fast and I fainted once on the stairs.',
      'en',
      ['Just starting'],
    );
    expect(beginner.keys[0]).toBe('fit-flag-doctor');
    expect(beginner.keys).not.toContain('fit-02');
    // No warning sign: someone already lifting keeps the active path.
    const near = await tap(
      'fitness',
      'Get stronger at the gym',
      "I already lift three times a week but I've stopped making progress.",
      'en',
      ['Already doing it'],
    );
    expect(near.keys).not.toContain('fit-flag-doctor');
    expect(near.keys).toContain('fit-16');
  });

  it('reads a thyroid pill named by its name as a medicine — never "the smallest version now, whatever the time"', async () => {
    const ru = await tap(
      'habit',
      'Пить эутирокс каждое утро натощак и не забывать',
      'У меня гипотиреоз, пью когда вспомню — то после кофе, то вообще в обед. Утром двое детей, и всё из головы вылетает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-pills-schedule');
    expect(ru.keys).not.toContain('hab-05');
    expect(ru.keys).toContain('hab-pills-missed');
    const en = await tap(
      'habit',
      'Take my levothyroxine every morning before breakfast',
      'I keep forgetting until after coffee.',
      'en',
    );
    expect(en.keys[0]).toBe('hab-pills-schedule');
    expect(en.keys).not.toContain('hab-05');
    // A glass of water on an empty stomach is no medicine: the ordinary habit path.
    const near = await tap(
      'habit',
      'Drink a glass of water every morning',
      'Before coffee, on an empty stomach.',
      'en',
    );
    expect(near.keys).not.toContain('hab-pills-schedule');
  });

  it('keeps packing the evening before in the evening — not moved to the morning coffee', async () => {
    const ru = await tap('habit', 'собирать с вечера всё на утро', 'автобус в 6:10, вечно что-то забываю', 'ru', [
      'Только начинаю',
      'Постоянно забываю',
    ]);
    expect(ru.keys[0]).toBe('hab-forget-evening');
    expect(ru.keys).not.toContain('hab-forget-early');
    const en = await tap(
      'habit',
      'Pack my bag the night before',
      'I keep forgetting something for the 6am bus.',
      'en',
      ['Just starting', 'I keep forgetting'],
    );
    expect(en.keys[0]).toBe('hab-forget-evening');
    expect(en.keys).not.toContain('hab-forget-early');
    // A habit with no evening in it, forgotten: still moved to an earlier anchor.
    const near = await tap('habit', 'Stretch every day', 'I keep forgetting to do it.', 'en', [
      'Just starting',
      'I keep forgetting',
    ]);
    expect(near.keys).toContain('hab-forget-early');
  });

  it('plans a call from a partner far away — not a quiet arrival home from a night shift', async () => {
    const ru = await tap(
      'sleep',
      'Ложиться раньше, хотя муж звонит из Чикаго ночью',
      'Мне 31, живу в Оше с двумя детьми и свекровью. Муж работает в Чикаго на траке, освобождается после рейса — а у нас это часа три-четыре ночи. Вот я и сижу, жду звонка, а в 7 детей в школу собирать.',
      'ru',
      ['Ложиться спать раньше'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sleep-call-time', 'sleep-call-messages', 'sleep-call-phone']);
    expect(ru.keys).not.toContain('sleep-partner-quiet');
    expect(ru.keys).not.toContain('sleep-partner-block');
    expect(ru.keys).not.toContain('sleep-cab-kit');
    const en = await tap(
      'sleep',
      'Go to bed earlier instead of waiting up for his call',
      'My husband works offshore and calls at night because of the time difference; I wait up till 2.',
      'en',
      ['Going to bed earlier'],
    );
    expect(en.keys[0]).toBe('sleep-call-time');
    expect(en.keys).not.toContain('sleep-partner-quiet');
    expect(en.keys).not.toContain('sleep-jetlag-before');
    // A partner who comes home from nights keeps the quiet arrival.
    const near = await tap(
      'sleep',
      'Sleep through when my husband comes home',
      'My husband works nights and wakes me at 3 when he comes in.',
      'en',
    );
    expect(near.keys).toContain('sleep-partner-quiet');
    expect(near.keys).not.toContain('sleep-call-time');
  });

  it('sleeps a lorry driver in the cab — no roommates, no jet lag', async () => {
    const en = await tap(
      'sleep',
      'Sleep properly in my cab on long-haul runs',
      "I'm 52 and have driven artics for 20 years, nights out Monday to Friday in lay-bys and truck stops. Fridge units, traffic and the heat in summer mean I'm lucky to get five hours. I've got a bunk and a curtain and that's it.",
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['sleep-cab-kit', 'sleep-cab-park', 'sleep-cab-cool', 'sleep-cab-drowsy']);
    expect(en.keys).not.toContain('sleep-shared-kit');
    expect(en.keys).not.toContain('sleep-shared-deal');
    expect(en.keys.filter((key) => key.startsWith('sleep-jetlag'))).toEqual([]);
    const ru = await tap(
      'sleep',
      'Высыпаться в рейсе',
      'Я дальнобойщик, сплю в кабине на стоянках, рядом гудят рефрижераторы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-cab-kit');
    expect(ru.texts[0]).toMatch(/кабин/);
    // A student in a dorm bunk keeps the roommates' steps.
    const near = await tap(
      'sleep',
      'Sleep better in the dorm',
      "My roommates stay up late with the big light on, I'm on the top bunk.",
      'en',
      ['Sharing a room'],
    );
    expect(near.keys).toContain('sleep-shared-kit');
    expect(near.keys).not.toContain('sleep-cab-kit');
  });

  it('reads "nodding off in clinicals" as a short night, not the evening armchair', async () => {
    const en = await tap(
      'sleep',
      'Get to sleep before 1am when the signal is only good at night',
      "I'm 19, second year nursing. The signal is only decent after 10pm, so that's when I download lectures and do quizzes. I'm up at 5 and I keep nodding off in clinicals.",
      'en',
    );
    expect(en.keys.filter((key) => key.startsWith('sleep-doze'))).toEqual([]);
    const ru = await tap(
      'sleep',
      'Ложиться до часа ночи',
      'Мне 19, учусь, интернет нормальный только ночью, а на парах клюю носом на первой паре.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('sleep-doze'))).toEqual([]);
    // Dozing in the armchair in front of the telly keeps its steps.
    const near = await tap(
      'sleep',
      'Stop waking at 4am',
      "I'm 74, I nod off in my chair after supper and then I'm wide awake at 4.",
      'en',
    );
    expect(near.keys[0]).toBe('sleep-doze-evening');
  });

  it('prepares a child for a cardiologist or an orthopaedist — no teacher and board, no jab or picture chart', async () => {
    const ru = await tap(
      'checkup',
      'Показать дочку кардиологу в Бишкеке — шумы в сердце',
      'Дочке 6 лет, живём в Таласе. На медосмотре перед школой сказали шумы в сердце, надо к кардиологу и УЗИ сердца. В Бишкек ехать 5 часов через перевал.',
      'ru',
      ['Записать и сводить ребёнка'],
    );
    expect(ru.keys).toContain('chk-child-noticed-body');
    expect(ru.keys).toContain('chk-child-ready-body');
    expect(ru.keys).not.toContain('chk-child-noticed');
    expect(ru.keys).not.toContain('chk-child-ready');
    expect(ru.text).not.toMatch(/у доски|картинки на таблице/);
    const ortho = await tap(
      'checkup',
      'Сводить сына к ортопеду — стаптывает ботинки внутрь',
      'Сыну 5, вся обувь стоптана внутрь, и жалуется, что ноги болят после садика.',
      'ru',
      ['Записать и сводить ребёнка'],
    );
    expect(ortho.keys).toContain('chk-child-noticed-body');
    expect(ortho.keys).not.toContain('chk-child-ready');
    const en = await tap(
      'checkup',
      'Get my daughter seen about her heart murmur',
      "She's 6; the school nurse heard a murmur and we've been referred to a cardiologist for a heart scan.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-ready-body');
    expect(en.keys).not.toContain('chk-child-ready');
    // An eye test keeps the teacher, the board and the picture chart.
    const near = await tap(
      'checkup',
      'Get my son an eye test',
      "He's 7 and the teacher says he squints at the board.",
      'en',
      ['An appointment for my child'],
    );
    expect(near.keys).toContain('chk-child-noticed');
    expect(near.keys).not.toContain('chk-child-noticed-body');
  });

  it('starts a water aerobics class in the shallow end — no lane sessions or "first swims"', async () => {
    const ru = await tap(
      'fitness',
      'Начать ходить на аквааэробику с грыжей',
      'Мне 56, грыжа в пояснице, невролог сказал больше двигаться и лучше в воде. В ФОКе рядом есть группа по вторникам и четвергам в 10 утра. Плавать толком не умею, вешу 98 кг.',
      'ru',
      ['Регулярно ходить в бассейн'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['fit-aqua-join', 'fit-aqua-bag', 'fit-aqua-first', 'fit-aqua-after']);
    expect(ru.keys).not.toContain('fit-pool-slots');
    expect(ru.keys).not.toContain('fit-pool-swim');
    const en = await tap(
      'fitness',
      'Start going to aqua aerobics',
      'My knees are bad and my physio says water exercise is best. I cannot swim.',
      'en',
    );
    expect(en.keys[0]).toBe('fit-aqua-join');
    expect(en.keys).not.toContain('fit-pool-swim');
    // Swimming lengths keeps the pool steps.
    const near = await tap(
      'fitness',
      'Go swimming twice a week',
      'I want to swim lengths at the local pool for my health.',
      'en',
      ['Swimming regularly'],
    );
    expect(near.keys).toContain('fit-pool-slots');
    expect(near.keys).not.toContain('fit-aqua-join');
  });
});
