import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26a)', () => {
  it('gives evening dozing in the armchair and waking at 3 its own steps — not eight hours in bed or a screen rule', async () => {
    const en = await firstFive(
      'sleep',
      'Sleep through until morning',
      "I'm 81. Every evening I doze off in front of the telly, and then I'm wide awake at 4 and lie there till dawn.",
    );
    expect(en.keys[0]).toBe('sleep-doze-evening');
    expect(en.keys).toContain('sleep-doze-awake');
    expect(en.keys).not.toContain('sleep-bedtime');
    expect(en.keys).not.toContain('sleep-screens');
    expect(en.keys).not.toContain('sleep-flip-wake');
    const ru = await firstFive(
      'sleep',
      'Не просыпаться ни свет ни заря',
      'Мне 75, после ужина засыпаю в кресле, а ночью просыпаюсь в четыре и лежу до утра.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-doze-evening');
    expect(ru.keys).not.toContain('sleep-bedtime');
    expect(ru.keys).not.toContain('sleep-screens');
    // Going to bed late because of the phone keeps the ordinary path.
    const late = await firstFive('sleep', 'Be asleep by 11', 'I watch videos on my phone until 1.');
    expect(late.keys).not.toContain('sleep-doze-evening');
    expect(late.keys).toContain('sleep-bedtime');
    const early = await firstFive('sleep', 'Wake up at 4:30 to study', 'I want two quiet hours before work.');
    expect(early.keys).not.toContain('sleep-doze-evening');
  });

  it('gives someone who gets up at night to care for a relative sleep they can protect — not a phone ban or eight hours', async () => {
    const ru = await firstFive(
      'sleep',
      'Хоть немного высыпаться',
      'Папа лежачий, ухаживаю за ним одна, ночью зовёт по нескольку раз.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-care-block');
    expect(ru.keys).toContain('sleep-care-help');
    expect(ru.keys).not.toContain('sleep-screens');
    expect(ru.keys).not.toContain('sleep-bedtime');
    const en = await firstFive(
      'sleep',
      'Get enough sleep as a carer',
      "My husband is bedridden after a fall and I'm up with him three times a night.",
    );
    expect(en.keys[0]).toBe('sleep-care-block');
    expect(en.keys).not.toContain('sleep-screens');
    // A baby waking at night keeps the baby's steps.
    const baby = await firstFive('sleep', 'Sleep more with a newborn', 'Night feeds every three hours.');
    expect(baby.keys).not.toContain('sleep-care-block');
  });

  it("gives a teenager at odds with a parent's new partner steps about them — not a pause word with the mother", async () => {
    const en = await firstFive(
      'family',
      'Stop clashing with my stepdad',
      "I'm 17. He moved in last year and keeps changing the house rules; I just shut myself in my room.",
    );
    expect(en.keys[0]).toBe('fam-mystep-rows');
    expect(en.keys).toContain('fam-mystep-parent');
    expect(en.keys).not.toContain('fam-16');
    expect(en.keys).not.toContain('fam-26');
    expect(en.keys).not.toContain('fam-pc-pace');
    const ru = await firstFive(
      'family',
      'Наладить отношения с маминым новым мужем',
      'Мне 15, постоянно ссоримся из-за компьютера и того, во сколько я прихожу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mystep-rows');
    expect(ru.keys).not.toContain('fam-25');
    expect(ru.keys).not.toContain('fam-pc-pace');
    // The parent in the middle keeps the partner-and-child steps.
    const parent = await firstFive(
      'family',
      'Help my new husband and my daughter get on',
      'She is 10 and ignores him.',
    );
    expect(parent.keys[0]).toBe('fam-pc-pace');
  });

  it('gives telling parents about a hard decision a prepared talk — not weekly calls, gifts or an outing', async () => {
    const ru = await firstFive(
      'family',
      'Признаться родителям, что бросаю институт',
      'Мне 20, хочу перевестись в техникум, мама с папой платят за учёбу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-news-plan');
    expect(ru.keys).toContain('fam-news-worries');
    expect(ru.keys).not.toContain('fam-02');
    expect(ru.keys).not.toContain('fam-05');
    expect(ru.keys).not.toContain('fam-24');
    const en = await firstFive(
      'family',
      "Tell my parents I'm leaving university",
      "I'm in second year and want to train as an electrician instead.",
    );
    expect(en.keys[0]).toBe('fam-news-plan');
    expect(en.keys).not.toContain('fam-01');
    // Seeing parents more often keeps the closeness steps.
    const visits = await firstFive('family', 'See my parents more often', 'They live two hours away.');
    expect(visits.keys).not.toContain('fam-news-plan');
    // A parent talking a child out of dropping out has the hard talk, not their own news to break.
    const parent = await firstFive('family', 'Talk to my daughter about dropping out of uni', 'She is 19.');
    expect(parent.keys).not.toContain('fam-news-plan');
  });

  it('sends a grieving school pupil to the form tutor and the school counsellor — not the dean or a university service', async () => {
    const ru = await firstFive(
      'grief',
      'Снова начать учиться после гибели друга',
      'Мне 16, я в 11 классе, весной ЕГЭ, а я не могу открыть учебник с тех пор, как погиб мой одноклассник.',
      'ru',
    );
    expect(ru.keys).toContain('grief-study-tell-school');
    expect(ru.keys).toContain('grief-study-support-school');
    expect(ru.keys).not.toContain('grief-study-tell');
    expect(ru.keys).not.toContain('grief-study-support');
    const en = await firstFive(
      'grief',
      'Get back to revising after my grandad died',
      "I'm in year 11 and my GCSEs are in June, but I can't study.",
    );
    expect(en.keys).toContain('grief-study-tell-school');
    expect(en.keys).not.toContain('grief-study-tell');
    // A university student keeps the university steps.
    const uni = await firstFive(
      'grief',
      'Get back to my studies after my dad died',
      'I have resits at university in August and cannot revise.',
    );
    expect(uni.keys).toContain('grief-study-tell');
    expect(uni.keys).not.toContain('grief-study-tell-school');
  });

  it('keeps a walking goal to walking, and an untrained person shy of being seen with no gym at home', async () => {
    const en = await firstFive('fitness', 'Walk more every day', 'I sit in the car all day, about 3,000 steps.');
    expect(en.keys).toContain('fit-walk-add');
    expect(en.keys).not.toContain('fit-04');
    const ru = await firstFive('fitness', 'Больше ходить пешком', 'Везде езжу на машине, шагов совсем мало.', 'ru');
    expect(ru.keys).not.toContain('fit-04');
    const shy = await firstFive(
      'fitness',
      'Сбросить лишний вес к лету',
      'Никогда не занималась спортом, стесняюсь заниматься при людях, денег на зал нет.',
      'ru',
    );
    expect(shy.keys).toContain('fit-watched-home');
    expect(shy.keys).not.toContain('fit-watched-quiet');
    const shyEn = await firstFive(
      'fitness',
      'Get fitter this year',
      "I feel everyone is watching me when I exercise, and there's no money for a gym.",
    );
    expect(shyEn.keys).toContain('fit-watched-home');
    expect(shyEn.keys).not.toContain('fit-watched-quiet');
    // Someone shy in the gym they already go to keeps the quiet-hours step.
    const gym = await firstFive('fitness', 'Go to the gym without feeling watched', 'Everyone is watching me there.');
    expect(gym.keys).toContain('fit-watched-quiet');
  });

  it('gives hearing aids the audiologist and a slow build-up, not a companion; an evening habit stays in the evening', async () => {
    const en = await firstFive(
      'habit',
      'Actually use my hearing aids',
      'They squeal and feel odd, so most days they stay in their box.',
    );
    expect(en.keys[0]).toBe('hab-hear-refit');
    expect(en.keys).toContain('hab-hear-build');
    expect(en.keys).not.toContain('hab-company');
    const ru = await firstFive('habit', 'Носить слуховые аппараты', 'Свистят и мешают, лежат в шкафу.', 'ru');
    expect(ru.keys[0]).toBe('hab-hear-refit');
    expect(ru.keys).not.toContain('hab-company');
    const evening = await firstFive(
      'habit',
      'Наносить ночной крем перед сном',
      'Крем стоит в ванной, но постоянно забываю.',
      'ru',
    );
    expect(evening.keys).toContain('hab-forget-evening');
    expect(evening.keys).not.toContain('hab-forget-early');
    const eveningEn = await firstFive('habit', 'Floss every night', 'I keep forgetting.');
    expect(eveningEn.keys).toContain('hab-forget-evening');
    expect(eveningEn.keys).not.toContain('hab-forget-early');
    // Forgetting a habit with no time of day keeps the earlier anchor.
    const water = await firstFive('habit', 'Take my vitamins', 'I keep forgetting.');
    expect(water.keys).not.toContain('hab-forget-evening');
  });

  it('gives a child kept abroad by the other parent urgent advice and the papers — not the arrangement one hopes for', async () => {
    const en = await firstFive(
      'recovery',
      'Get my son home from Poland',
      "His mum took him to see her parents in the summer and now won't bring him back. We have a shared care order.",
    );
    // fix50D: the urgent step leads and the program comes second (rec-01-kept).
    expect(en.keys[0]).toBe('rec-kept-urgent');
    expect(en.keys).toContain('rec-kept-papers');
    expect(en.keys).not.toContain('rec-21');
    const ru = await firstFive(
      'recovery',
      'Вернуть дочь домой',
      'Бывший муж вывез дочь к своей родне в Грузию и не привозит обратно, хотя по решению суда она живёт со мной.',
      'ru',
    );
    expect(ru.keys[0]).toBe('rec-kept-urgent');
    expect(ru.keys).not.toContain('rec-21');
    // Holiday dates still being agreed keep their own steps.
    const hol = await firstFive('recovery', 'Sort out the summer holidays with my ex', 'She keeps changing the dates.');
    expect(hol.keys).not.toContain('rec-kept-urgent');
  });
});
