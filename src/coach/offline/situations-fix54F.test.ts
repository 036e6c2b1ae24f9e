import { describe, expect, it } from 'vitest';
import { kindProblems } from '../../content/check-coach-pack.js';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54F: harmful steps', () => {
  it('gives a pregnant smoker no quit date weeks away, whatever she taps; a smoker with no pregnancy keeps it', async () => {
    const ru = await tap(
      'quit',
      'бросить сигареты ради малыша',
      'Мне 27, я беременна, девятая неделя. Курю с института, сейчас штук семь в день, врач сказала бросать немедленно.',
      'ru',
      ['Бросить до рождения'],
    );
    expect(ru.keys).toContain('quit-baby-now');
    expect(ru.keys).not.toContain('quit-date');
    expect(ru.keys).not.toContain('quit-date-full');
    const relapse = await tap(
      'quit',
      'бросить курить',
      'Я беременна, срок восемь недель, курю десять в день, пробовала бросить и сорвалась.',
      'ru',
      ['Уже пробовал'],
    );
    expect(relapse.keys).toContain('quit-baby-now');
    const en = await tap(
      'quit',
      'stop vaping for good',
      "I'm 11 weeks pregnant and I still vape most of the day; my midwife told me to stop straight away.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('quit-baby-now');
    expect(en.keys).not.toContain('quit-date');
    const near = await tap('quit', 'бросить курить', 'Курю десять лет, пачка в день, хочу бросить до весны.', 'ru', []);
    expect(near.keys).toContain('quit-date');
    expect(near.keys).not.toContain('quit-baby-now');
  });
});

describe('the fifty-third blind read, helper fix54F: level', () => {
  it('reads a league player with an old shoulder strain as active, not a beginner or a comeback', async () => {
    const en = await tap(
      'sport',
      'stop losing my serve in club matches',
      'I am 50 and play tennis in the club league every week, plus two practice evenings. My serve breaks down when the score is close. I strained my shoulder two years ago. The season starts again in six weeks.',
      'en',
      ['Tennis'],
    );
    expect(en.keys).not.toContain('sport-racket-lesson');
    expect(en.keys).not.toContain('sport-racket-kit');
    expect(en.keys).toContain('sport-racket-weak');
  });

  it('gives skiers with an old injury their check and an active plan, not the beginner walk-run', async () => {
    const ru = await tap(
      'sport',
      'пробежать 50 км классикой на лыжном марафоне',
      'Мне 50, на лыжах с детства, каждую зиму бегу 30 км на местном марафоне. Два года назад была операция на мениске, колено иногда ноет. До старта четыре месяца.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('sport-injury-check');
    expect(ru.keys).not.toContain('sport-05');
    expect(ru.keys).not.toContain('sport-09');
    const active = await tap(
      'sport',
      'пройти 50 км на лыжах',
      'Катаюсь третий сезон, 25 км спокойно прохожу за два с половиной часа. Весной было воспаление ахиллова сухожилия. Старт в марте.',
      'ru',
      [],
    );
    expect(active.keys).toContain('sport-injury-check');
    expect(active.keys).not.toContain('sport-09');
    const near = await tap(
      'sport',
      'пробежать первые 10 км',
      'Мне 40, никогда не бегала, лишний вес 15 кг и колено ноет после ходьбы.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('sport-01');
  });

  it('reads a never-done pull-up as a beginner’s, with no old routine to halve and no longer walks', async () => {
    const en = await tap(
      'fitness',
      'manage my first chin-up this year',
      "I'm 45 and I've never managed a single chin-up, not even at school as a kid. I walk the dog most days. I hurt my wrist snowboarding three years ago.",
      'en',
      ['Building up'],
    );
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-24');
    expect(en.keys).not.toContain('fit-walknow-build');
    expect(en.keys).toContain('fit-reps-test');
    const ru = await tap(
      'fitness',
      'подтянуться 15 раз к лету',
      'Мне 18, подтягиваюсь пока только 4 раза, турник во дворе, зал не нужен.',
      'ru',
      ['Больше отжиманий', 'Только начинаю'],
    );
    expect(ru.keys).not.toContain('fit-09');
    expect(ru.keys).toContain('fit-reps-sets');
  });

  it('reads "I am at the market all day" as no level, so the stairs path has no gym log', async () => {
    const en = await tap(
      'fitness',
      'climb the stairs without stopping, up to our flat',
      "I'm 52, we live on the fifth floor and I stop twice to get my breath. I'm at the shop from 8 till 7 and can't afford a gym.",
      'en',
      ['Climbing stairs'],
    );
    expect(en.keys).toContain('fit-stairs-count');
    expect(en.keys).not.toContain('fit-15');
    expect(en.keys).not.toContain('fit-16');
  });
});

describe('the fifty-third blind read, helper fix54F: whole paths', () => {
  it('adapts a pregnant lifter’s own lifts instead of pregnancy yoga; a pregnant walker keeps the class', async () => {
    const en = await tap(
      'fitness',
      'keep lifting through my pregnancy',
      "I'm 20 weeks pregnant and before this I deadlifted three times a week. My doctor is fine with me training but gave no details.",
      'en',
      ['Exercise during'],
    );
    expect(en.keys).toContain('fit-preg-lift-adapt');
    expect(en.keys).not.toContain('fit-preg-home');
    const ru = await tap(
      'fitness',
      'не бросать штангу во время беременности',
      'Я на 12 неделе беременности, до этого три года приседала со штангой. Хочу остаться сильной к родам.',
      'ru',
      ['Тренировки во время'],
    );
    expect(ru.keys).toContain('fit-preg-lift-adapt');
    expect(ru.keys).not.toContain('fit-preg-class');
    const near = await tap(
      'fitness',
      'stay active while pregnant',
      "I'm 16 weeks pregnant and mostly just walk. I'd like something gentle.",
      'en',
      ['Exercise during'],
    );
    expect(near.keys).not.toContain('fit-preg-lift-adapt');
    expect(near.keys).toContain('fit-preg-class');
  });

  it('skips the postnatal check once the doctor has cleared exercise after the birth', async () => {
    const ru = await tap(
      'fitness',
      'восстановиться после родов дома',
      'Родила четыре месяца назад, гинеколог нагрузки разрешила. Хочу заниматься дома по 15 минут.',
      'ru',
      ['Вернуть форму'],
    );
    expect(ru.keys).not.toContain('fit-post-check');
    const near = await tap(
      'fitness',
      'восстановиться после родов дома',
      'Родила четыре месяца назад, хочу заниматься дома по 15 минут.',
      'ru',
      ['Вернуть форму'],
    );
    expect(near.keys).toContain('fit-post-check');
  });

  it('practises the hazard perception clips, not question drills, when the clips are what failed', async () => {
    const en = await tap(
      'exam',
      'pass the theory test at last',
      'I got through the multiple choice part but failed the hazard perception clips on my retake. My next try is in a month.',
      'en',
      [],
    );
    expect(en.keys).toContain('exam-hazard-clips');
    expect(en.keys).not.toContain('exam-known-weak');
    expect(en.keys).not.toContain('exam-theory-app');
    const ru = await tap(
      'exam',
      'сдать теорию на права',
      'Вопросы сдал, а тест на восприятие опасностей завалил уже два раза. Пересдача через месяц.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('exam-hazard-clips');
    const near = await tap(
      'exam',
      'pass my theory test',
      'I failed the questions on road signs last month; retake in June.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('exam-hazard-clips');
  });

  it('gives a learner’s licence the theory steps, not driving lessons or manoeuvres', async () => {
    const en = await tap(
      'exam',
      "get my learner's licence",
      "I'm 17 and my learner's licence test is in July. I failed it once, mostly on road signs.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('exam-driving-lessons');
    expect(en.keys).not.toContain('exam-driving-faults');
    expect(en.keys).toContain('exam-theory-weak');
    const ru = await tap(
      'exam',
      'сдать теорию в ГИБДД',
      'Завалил теорию в ГИБДД один раз, путаюсь в знаках. Следующая попытка в мае.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('exam-driving-faults');
  });

  it('reads a retake only feared for its cost as no attempt: no "start from your results"', async () => {
    const ru = await tap(
      'exam',
      'сдать на категорию B с первого раза',
      'Учусь в автошколе, экзамен в городе за 150 км, пересдавать мне не по карману.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('exam-known');
  });

  it('trains coding while watched for someone who freezes only when observed; a plain technical round keeps the topic review', async () => {
    const ru = await tap(
      'interview',
      'пройти техсобес на джуна',
      'Дома задачи решаю быстро, а на лайвкодинге тупею и не могу написать простой цикл, когда интервьюер смотрит, как я пишу код.',
      'ru',
      ['Техническое'],
    );
    expect(ru.keys).toContain('intv-watched-mock');
    expect(ru.keys).not.toContain('intv-tech-basics');
    const en = await tap(
      'interview',
      'get through the coding round for a junior role',
      'I can solve these problems at home, but I freeze in live coding as soon as someone watches me code.',
      'en',
      ['A technical'],
    );
    expect(en.keys).toContain('intv-watched-start');
    const near = await tap(
      'interview',
      'get through the coding round for a junior role',
      'The round is two medium problems in Python; I am rusty on trees and graphs.',
      'en',
      ['A technical'],
    );
    expect(near.keys).not.toContain('intv-watched-mock');
  });
});

describe('an active person with a sports injury walks the active branch (understand.ts, INJURY_AWARE)', () => {
  it('only because every hard sport session gives way to the injury: a vigorous step without past_injury in exceptTopics would reach them', () => {
    const sport = pack.types.find((kind) => kind.id === 'sport')!;
    const unguarded = sport.steps
      .filter((step) => step.vigorous && !(step.exceptTopics ?? []).includes('past_injury'))
      .map((step) => step.key);
    expect(unguarded).toEqual([]);
    expect(sport.steps.filter((step) => step.vigorous).length).toBeGreaterThan(5);
  });

  it('the content check refuses a vigorous step that does not except the injury, and an injury that is no net', () => {
    const sport = pack.types.find((kind) => kind.id === 'sport')!;
    expect(kindProblems('sport', sport, pack.never, pack.slots)).toEqual([]);
    const broken = {
      ...sport,
      situations: sport.situations!.map((item) => (item.id === 'past_injury' ? { ...item, always: undefined } : item)),
      steps: sport.steps.map((step) =>
        step.key === 'sport-hills'
          ? { ...step, exceptTopics: step.exceptTopics!.filter((topic) => topic !== 'past_injury') }
          : step,
      ),
    };
    const problems = kindProblems('sport', broken, pack.never, pack.slots).join('\n');
    expect(problems).toContain('situation past_injury reads an injury: add `always: true`');
    expect(problems).toContain('sport.sport-hills: a vigorous step must except the injury past_injury');
  });
});
