import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26c)', () => {
  it('gives a set text to say in the language its words, a recording and a line a day — not an app or sticky notes', async () => {
    const en = await firstFive(
      'language',
      'Give a toast in Italian at my sister’s wedding',
      'The wedding is in Puglia in two months and I only know ciao. I can practise on the train.',
    );
    expect(en.keys[0]).toBe('lang-speech-text');
    expect(en.keys).toContain('lang-speech-line');
    expect(en.keys).not.toContain('lang-02');
    expect(en.keys).not.toContain('lang-05');
    expect(en.keys).not.toContain('lang-06');
    const ru = await firstFive(
      'language',
      'Произнести тост на грузинском на юбилее свёкра',
      'Юбилей через месяц, по-грузински знаю только «гамарджоба».',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-speech-text');
    expect(ru.keys).not.toContain('lang-05');
    // A plain beginner keeps the beginner path.
    const plain = await firstFive('language', 'Learn Italian', 'Complete beginner, I like Italian films.');
    expect(plain.keys).not.toContain('lang-speech-text');
    const formal = await firstFive(
      'language',
      'Make my speech in German less stiff',
      'I live in Munich and sound like a textbook.',
    );
    expect(formal.keys).not.toContain('lang-speech-text');
  });

  it('gives signing with a deaf child the signs of the child’s day and a family course — not colleagues or a level test', async () => {
    const ru = await firstFive(
      'language',
      'Освоить язык жестов, чтобы понимать дочку',
      'Дочке два года, у неё нарушение слуха, врачи советуют учить жесты всей семьёй. Я пока не знаю ни одного жеста.',
      'ru',
    );
    expect(ru.keys).toContain('lang-signchild-day');
    expect(ru.keys).not.toContain('lang-sign-spell');
    expect(ru.keys).not.toContain('lang-sign-chat');
    expect(ru.keys).not.toContain('lang-15');
    const en = await firstFive(
      'language',
      'Learn BSL for my grandson',
      'He is four and was born deaf. I pick him up from nursery every day and I know no signs.',
    );
    expect(en.keys).toContain('lang-signchild-day');
    expect(en.keys).not.toContain('lang-sign-spell');
    // A child named in a spoken-language goal gets no sign steps, and an adult learner keeps the usual sign path.
    const spoken = await firstFive('language', 'Learn Spanish for my grandson', 'His mum speaks Spanish to him.');
    expect(spoken.keys).not.toContain('lang-signchild-day');
    const adult = await firstFive('language', 'Learn British Sign Language', 'A new colleague of mine is Deaf.');
    expect(adult.keys).toContain('lang-sign-dict');
    expect(adult.keys).not.toContain('lang-signchild-day');
  });
  it('gives an ultra its cut-offs and long runs on days off — no 42.2 km day, and no intervals on an old injury', async () => {
    const en = await firstFive(
      'sport',
      'Run my first 100 km ultra',
      "I've done four marathons, best 3:55, and I run 60 km a week. The race is next October. My knee tendonitis comes back when I rush.",
    );
    expect(en.keys).toContain('sport-ultra-cutoffs');
    expect(en.keys).not.toContain('sport-03');
    expect(en.keys).not.toContain('sport-06');
    expect(en.keys).not.toContain('sport-07');
    const ru = await firstFive(
      'sport',
      'Пробежать ультрамарафон 50 км в горах Алтая',
      'Бегаю пять лет, пробежал два марафона, лучший 3:40. Старт в августе.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ultra-cutoffs');
    expect(ru.keys).not.toContain('sport-03');
    // A marathon keeps its 42.2 km day.
    const marathon = await firstFive(
      'sport',
      'Run a marathon under 4 hours',
      'I run 50 km a week and did a half in 1:50. The race is in April.',
    );
    expect(marathon.keys).not.toContain('sport-ultra-cutoffs');
  });

  it('gives a wrestler or boxer who fades late rounds at bout length and a competition — not drills for technique or a grading', async () => {
    const ru = await firstFive(
      'sport',
      'Взять медаль на первенстве области по боксу',
      'Мне 17, боксирую пять лет, тренируюсь в клубе четыре раза в неделю, в этом сезоне выиграл два боя. В третьем раунде выдыхаюсь и пропускаю.',
      'ru',
    );
    expect(ru.keys).toContain('sport-combat-gas');
    expect(ru.keys).not.toContain('sport-combat-weak');
    expect(ru.keys).not.toContain('sport-combat-grading');
    const en = await firstFive(
      'sport',
      'Place at the state wrestling championships',
      "I've wrestled for five years at my club and train four times a week. I always gas out in the last period of the final.",
    );
    expect(en.keys).toContain('sport-combat-gas');
    expect(en.keys).not.toContain('sport-combat-grading');
    // A karateka working towards a belt keeps the grading.
    const karate = await firstFive(
      'sport',
      'Get my brown belt in karate',
      "I've trained karate for six years, three times a week at my club; the grading is in May.",
    );
    expect(karate.keys).toContain('sport-combat-grading');
    expect(karate.keys).not.toContain('sport-combat-gas');
  });

  it('gives a teenager after a first or summer job places that take young people and a first CV — not alumni or a CV rewrite', async () => {
    const en = await firstFive(
      'career',
      'Get a part-time job this summer',
      "I'm 16 and in year 11. I've never had a job, only helped at my uncle's shop. No car.",
    );
    expect(en.keys[0]).toBe('car-teen-places');
    expect(en.keys).toContain('car-teen-cv');
    expect(en.keys).not.toContain('car-04');
    expect(en.keys).not.toContain('car-07');
    expect(en.keys).not.toContain('car-08');
    const ru = await firstFive(
      'career',
      'Устроиться на работу после 11 класса',
      'Мне 17, в университет пока не иду, хочу остаться в своём посёлке. Опыта работы нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-teen-places');
    expect(ru.keys).not.toContain('car-07');
    expect(ru.keys).not.toContain('car-first-careers');
    // A graduate keeps the graduate path.
    const grad = await firstFive('career', 'Find my first job after university', 'I graduated in economics in June.');
    expect(grad.keys).not.toContain('car-teen-places');
    const teacher = await firstFive(
      'career',
      'Find a job outside teaching',
      "I've taught in high school for twelve years and I'm 45.",
    );
    expect(teacher.keys).not.toContain('car-teen-places');
  });

  it('gives watching until late a switch-off time, and complaining a start today — not a quit date two weeks off', async () => {
    const en = await firstFive(
      'quit',
      'Stop binge-watching crime dramas',
      "Every evening I start an episode after dinner and I'm still watching till 2am. Mornings are awful.",
    );
    expect(en.keys).toContain('quit-late-stop');
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Перестать ныть',
      'Коллега сказала, что я постоянно жалуюсь на начальника и пробки. Сама это замечаю, но не могу остановиться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-complain-notice');
    expect(ru.keys).not.toContain('quit-date');
    const ruLate = await firstFive(
      'quit',
      'Не сидеть в играх до трёх ночи',
      'Играю в приставку до 3 ночи, потом не встаю на работу.',
      'ru',
    );
    expect(ruLate.keys).toContain('quit-late-stop');
    expect(ruLate.keys).not.toContain('quit-date');
    const enMoan = await firstFive(
      'quit',
      'Stop moaning about everything',
      'My partner says I complain from morning to night.',
    );
    expect(enMoan.keys[0]).toBe('quit-complain-notice');
    // Drinking late at night keeps the alcohol path, with no switch-off time for a drink.
    const drink = await firstFive(
      'quit',
      'Stop drinking until 2am at weekends',
      'I drink beer every Friday and Saturday night.',
    );
    expect(drink.keys).not.toContain('quit-late-stop');
    const binge = await firstFive('quit', 'Stop binge eating at night', 'I raid the fridge until 1am.');
    expect(binge.keys).not.toContain('quit-late-stop');
    // A smoker whose wife complains about the smell keeps the quit date.
    const smoker = await firstFive(
      'quit',
      'Бросить курить',
      'Курю пятнадцать лет, жена жалуется на запах, по утрам кашель.',
      'ru',
    );
    expect(smoker.keys).not.toContain('quit-complain-notice');
  });
});
