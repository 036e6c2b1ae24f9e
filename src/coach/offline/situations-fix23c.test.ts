import { describe, expect, it } from 'vitest';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { contextFrom } from '../../../test/factories/coach-context.js';
import { talkWith, tapping } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const talk = (kind: string, title: string, description: string, locale: 'en' | 'ru', taps: string[]) =>
  talkWith(coach)(kind, title, description, locale, tapping(taps));

/** The keys of the first `count` steps of a goal of a settled kind, no question asked: for a step further down the path. */
async function keysOf(count: number, kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en') {
  const path: CoachContext['history'] = [];
  const goal = { id: 'g', title, description, goalType: kind };
  for (let i = 0; i < count; i++) {
    const result = await coach.nextStep(contextFrom({ goal, locale, mayAsk: false }, path));
    if (result.status !== 'ok') throw new Error(`expected a step, got a question: ${result.question}`);
    path.push({ text: result.step, coachKey: result.coachKey ?? null, completedAt: new Date(), estimatedMinutes: 10 });
  }
  return path.map((step) => step.coachKey ?? '');
}

describe('the twenty-third blind read, fixed in general (helper fix23c)', () => {
  it('gives a learner with only a handful of words short sentences from them, not two minutes of unprepared talk', async () => {
    const en = await firstFive(
      'language',
      'Learn Portuguese before our baby arrives so she grows up with both languages',
      "My husband is from Recife and we speak English at home. I know maybe 50 words from a few weeks of Duolingo, and the baby's due in September.",
    );
    expect(en.keys).toContain('lang-few-say');
    expect(en.keys).not.toContain('lang-16');
    expect(en.text).not.toMatch(/for two minutes/);
    const ru = await firstFive(
      'language',
      'Выучить португальский до рождения дочки',
      'Муж из Бразилии, дома говорим по-русски. Знаю слов пятьдесят — пару недель занималась в Duolingo.',
      'ru',
    );
    expect(ru.keys).toContain('lang-few-say');
    expect(ru.keys).not.toContain('lang-16');
    expect(ru.text).not.toMatch(/две минуты, без подготовки/);
    // A comeback with more than a few words keeps the unprepared talk.
    const back = await firstFive(
      'language',
      'Improve my Italian',
      'I did a few months of classes last year and want to chat with my in-laws.',
    );
    expect(back.keys).toContain('lang-16');
    expect(back.keys).not.toContain('lang-few-say');
  });

  it('teaches Turkish, Japanese or Arabic beginners the patterns for "is", "there is / I have" and "I want", not a be/have conjugation table', async () => {
    const ru = await firstFive(
      'language',
      'Начать объясняться по-турецки на базаре и у врача',
      'Живём в Мерсине полгода, везде разговариваем через переводчик в телефоне. По приложению выучила алфавит, цифры и «тешеккюр эдерим», а дальше застряла.',
      'ru',
    );
    expect(ru.keys).toContain('lang-10-core');
    expect(ru.keys).not.toContain('lang-10');
    expect(ru.text).not.toMatch(/«быть», «иметь», «хотеть»/);
    const en = await keysOf(
      12,
      'language',
      'Learn Japanese from zero',
      'Complete beginner, a trip to Osaka next year.',
    );
    expect(en).toContain('lang-10-core');
    expect(en).not.toContain('lang-10');
    // A comeback whose level test was skipped (a script already learned) is not sent to "the level your test showed".
    const script = await firstFive(
      'language',
      'Start getting by in Turkish at the market and the doctor',
      'We have lived in Antalya for six months. I learned the alphabet and numbers in an app and got stuck.',
    );
    expect(script.keys).not.toContain('lang-15');
    expect(script.text).not.toMatch(/your test showed/);
    // Spanish keeps its verb table.
    const spanish = await keysOf(
      12,
      'language',
      'Learn Spanish',
      "Complete beginner, we're moving to Valencia next year.",
    );
    expect(spanish).toContain('lang-10');
    expect(spanish).not.toContain('lang-10-core');
  });

  it('sends no one who owns the books (a box set, a gift of the whole collection) to get a library card', async () => {
    const en = await talk(
      'reading',
      'Work through the Penguin Little Black Classics box set',
      "My partner bought me all 80 for my 40th and I've read four in two years. They're tiny, so I've really got no excuse.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('read-library');
    expect(en.text).not.toMatch(/library card/);
    const ru = await keysOf(
      12,
      'reading',
      'Прочитать всю коллекцию книг, которую подарили на юбилей',
      'Муж подарил всю серию на день рождения, а я прочитала три книги за год.',
      'ru',
    );
    expect(ru).not.toContain('read-library');
    // Someone with no books at hand keeps the library.
    expect(await keysOf(12, 'reading', 'Read more books', 'I want to read more, maybe a book a month.')).toContain(
      'read-library',
    );
  });

  it('lets a returning reader recall the books they loved before picking the next one, not after', async () => {
    const ru = await talk(
      'reading',
      'Снова начать читать хоть что-то, кроме рабочих чатов',
      'До рождения сына читала по книге в неделю, а за этот год не дочитала ни одной. Ему год, свободного времени — полчаса, пока он спит днём, и я обычно листаю телефон.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['read-return', 'read-pick-short']);
    expect(ru.text).not.toMatch(/найди одну новую/);
    const en = await talk(
      'reading',
      'Get back into reading anything besides work emails',
      'I used to read a book a week before my son was born; this year I have not finished one.',
      'en',
      ['Coming back'],
    );
    expect(en.keys.indexOf('read-return')).toBeLessThan(en.keys.indexOf('read-pick-short'));
    expect(en.keys.indexOf('read-return')).toBeGreaterThanOrEqual(0);
    // A beginner has no books to recall: the pick comes first.
    const plain = await firstFive('reading', 'Read 12 books this year', "I haven't finished a book since school.");
    expect(plain.keys[0]).toBe('read-pick-short');
    expect(plain.keys).not.toContain('read-return');
  });

  it('gives a long open-water swim (the Dart 10k) a swim log, its rules, a river session and feeding — no running, no darts', async () => {
    const en = await talk(
      'sport',
      'Swim the Dart 10k in September',
      "I swim three times a week with a masters group, about 8 km a week, and did a 5 km lake swim last summer in 1:52. I've never swum with a river current or that far.",
      'en',
      ['Already doing it'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Darts');
    expect(en.keys.slice(0, 3)).toEqual(['sport-swim-log', 'sport-swim-rules', 'sport-swim-open']);
    expect(en.keys).not.toContain('sport-01');
    expect(en.text).not.toMatch(/running|darts|doubles/i);
    const ru = await talk(
      'sport',
      'Проплыть 10 км по Волге',
      'Плаваю в группе мастерс три раза в неделю, около 8 км в неделю, прошлым летом проплыла 5 км в озере.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('sport-swim-log');
    expect(ru.keys).toContain('sport-swim-open');
    expect(ru.text).toMatch(/Никогда не плавай на открытой воде в одиночку/);
    // A 10k run keeps its running log, and a darts player keeps darts.
    const run = await firstFive('sport', 'Run a 10k in under 50 minutes', 'I already run 5 km three times a week.');
    expect(run.keys).toContain('sport-01');
    expect(run.keys.some((key) => key.startsWith('sport-swim-'))).toBe(false);
    const darts = await firstFive(
      'sport',
      'Make the county darts team',
      'I average about 68 in the Thursday pub league; my finishing on doubles is the weak point.',
    );
    expect(darts.keys[0]).toBe('sport-darts-doubles');
  });

  it('gives a first trail or mountain race the course learnt from its map, not a split of a past time on it, and a guide session to arrange', async () => {
    const ru = await talk(
      'sport',
      'Пробежать первый трейл на 30 км в Хибинах',
      'Бегаю по асфальту второй год, полумарафон пробежала за 2:10. В горах не бегала ни разу, спуски пугают, старт в августе.',
      'ru',
      ['Уже занимаюсь', 'Горный бег'],
    );
    expect(ru.keys).toContain('sport-descent-course');
    expect(ru.keys).not.toContain('sport-descent-split');
    expect(ru.text).not.toMatch(/прошлое время на трассе/);
    expect(ru.text).toMatch(/согласуй дату и внеси её в календарь/);
    expect(ru.text).not.toMatch(/повтори его линию/);
    const en = await firstFive(
      'sport',
      'Run my first trail race, 30 km in the Lake District',
      'Two years of road running, half marathon in 2:10. Never run in the mountains and the descents scare me.',
    );
    expect(en.keys).toContain('sport-descent-course');
    expect(en.keys).not.toContain('sport-descent-split');
    // A fell runner with years on the course keeps the split of their last time.
    const fell = await firstFive(
      'sport',
      'Пробежать горный забег быстрее',
      'Бегаю трейл пятый год, но на спусках по курумнику теряю кучу времени.',
      'ru',
    );
    expect(fell.keys).toContain('sport-descent-split');
    expect(fell.keys).not.toContain('sport-descent-course');
  });

  it('finds out the qualification and register a job needs before any CV, for a court interpreter who does not know them', async () => {
    const en = await talk(
      'career',
      'Get work as a Polish court interpreter',
      "I grew up in Gdańsk and have lived in Birmingham for 12 years, working in a warehouse office. I've done a bit of informal interpreting for neighbours at the GP but have no idea which qualifications or registers the courts use.",
      'en',
      ['Finding out'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['car-cred-find', 'car-cred-gap', 'car-cred-course', 'car-cred-ask']);
    expect(en.keys).not.toContain('car-04');
    expect(en.text).not.toMatch(/CV/);
    const ru = await firstFive(
      'career',
      'Стать судебным переводчиком с польского',
      'Живу в Варшаве десять лет, помогаю знакомым с переводами, но не знаю, какая нужна квалификация и в какой реестр вступать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-cred-find');
    expect(ru.keys).not.toContain('car-04');
    // An ordinary job search keeps its path.
    const plain = await firstFive('career', 'Find a new job as a data analyst', 'I have two years of Excel reporting.');
    expect(plain.keys).not.toContain('car-cred-find');
    expect(plain.keys).toContain('car-01');
  });

  it('reads an appointment inside the workplace (the boss retiring, someone picked from the staff) as a promotion — no outside contacts or CV', async () => {
    const ru = await talk(
      'career',
      'Стать старшим мастером, когда начальник цеха уйдёт на пенсию',
      'Шестой год мастер участка на заводе в Челябинске, весной будут назначать старшего из своих. Конкурент — молодой инженер с вышкой, у меня только техникум, зато опыт.',
      'ru',
      ['Получить повышение'],
    );
    expect(ru.keys[0]).toBe('car-prom-criteria');
    expect(ru.keys).toContain('car-prom-talk');
    for (const key of ['car-07', 'car-08', 'car-04']) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/резюме/);
    const en = await firstFive(
      'career',
      'Become shift supervisor when my boss retires',
      "Six years on the line at the plant; they'll pick someone internally in spring. The other candidate has a degree, I have experience.",
    );
    expect(en.keys[0]).toBe('car-prom-criteria');
    expect(en.keys).not.toContain('car-07');
    // A job search elsewhere keeps its contacts and CV.
    const away = await firstFive(
      'career',
      'Найти работу мастером на другом заводе',
      'Шестой год мастер участка, хочу в другой город.',
      'ru',
    );
    expect(away.keys).not.toContain('car-prom-criteria');
    expect(away.keys).toContain('car-07');
  });
});
