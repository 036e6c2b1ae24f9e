import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the eighteenth blind read, fixed in general (helper fix18a)', () => {
  it("reads a check-up for the person's child as the child's, never the parent's own sight or nerves", async () => {
    const en = await firstFive(
      'checkup',
      "Get my 7-year-old's eyes tested, he squints at the board",
      "His teacher mentioned he's been moving closer to the board and getting headaches after school. He's never had an eye test and he panics about anyone touching his face.",
    );
    expect(en.keys).toContain('chk-child-book');
    expect(en.keys).toContain('chk-child-ready');
    expect(en.keys).not.toContain('chk-eyes-notes');
    expect(en.keys).not.toContain('chk-09');
    expect(en.text).not.toMatch(/your current glasses|make you nervous/);
    const ru = await firstFive(
      'checkup',
      'Проверить зрение сыну',
      'Учительница сказала, что он плохо видит с доски и щурится. Ему 8, раньше у окулиста не были.',
      'ru',
    );
    expect(ru.keys).toContain('chk-child-book');
    expect(ru.text).not.toMatch(/свои очки|тебя волнуют/);
  });

  it("reads a check-up for an elderly parent who won't go as theirs: their reason, the booking taken off their hands", async () => {
    const ru = await firstFive(
      'checkup',
      'Записать маму к офтальмологу на катаракту',
      'Маме 72, она плохо видит правым глазом уже год, но говорит, что это возраст и к врачам не пойдёт.',
      'ru',
    );
    expect(ru.keys).toContain('chk-other-why');
    expect(ru.keys).not.toContain('chk-eyes-book');
    expect(ru.text).not.toMatch(/свои очки|тебя волнуют/);
    const en = await firstFive(
      'checkup',
      "Get my dad's hearing checked",
      "He's 79, has the TV on full blast and says he hears fine and won't hear of it.",
    );
    expect(en.keys).toContain('chk-other-why');
    expect(en.keys).not.toContain('chk-hear-book');
    // Control: the person's own eye test keeps its own steps.
    const own = await firstFive('checkup', 'Get an eye test', "Screens give me headaches and I haven't been in years.");
    expect(own.keys).toContain('chk-eyes-book');
  });

  it("gives a parent whose new partner and child don't get on the parent's steps, not a step-parent's", async () => {
    const ru = await firstFive(
      'family',
      'Наладить общение мужа с моим сыном от первого брака',
      'Сыну 12, с отчимом он почти не разговаривает и уходит в комнату, как только тот приходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-pc-pace');
    expect(ru.keys.some((key) => key.startsWith('fam-step-'))).toBe(false);
    expect(ru.text).not.toMatch(/нравится мужу|у мужа было дома/);
    const en = await firstFive(
      'family',
      'Help my boyfriend and my daughter get on',
      "She's 9 and ignores him; he moved in with us in the spring and keeps trying too hard.",
    );
    expect(en.keys).toContain('fam-pc-pace');
    expect(en.keys.some((key) => key.startsWith('fam-step-'))).toBe(false);
    // Control: a step-parent keeps the step-parent steps.
    const step = await firstFive('family', 'Get closer to my stepson', "He's 11 and I married his mum last year.");
    expect(step.keys).toContain('fam-step-partner');
  });

  it('keeps a regular call with family far away on calls: no "no video", no talk at dinner', async () => {
    const en = await firstFive(
      'family',
      'Set up a weekly video call with my sons in Australia',
      'Both my boys moved to Perth and we only talk when something goes wrong. The time difference is eight hours.',
    );
    expect(en.keys.every((key) => key.startsWith('fam-calls-'))).toBe(true);
    expect(en.text).not.toMatch(/no video|at dinner/);
    const ru = await firstFive(
      'family',
      'Созваниваться по видео с дочкой каждую неделю',
      'Она учится в Праге, разница во времени два часа, пишем друг другу редко.',
      'ru',
    );
    expect(ru.text).not.toMatch(/без видео|за ужином/);
  });

  it('gives early starts on a changing roster no single wake-up time for every day', async () => {
    const en = await firstFive(
      'sleep',
      'Sleep properly before my early flights as cabin crew',
      'I often have 4:15am check-ins at Gatwick after late finishes the day before. I lie awake worrying about missing the alarm.',
    );
    expect(en.keys).not.toContain('sleep-wake');
    expect(en.keys).toContain('sleep-roster-alarm');
    const ru = await firstFive(
      'sleep',
      'Высыпаться при плавающем графике',
      'Я бортпроводница, то ранние вылеты в пять утра, то поздние рейсы, засыпаю плохо.',
      'ru',
    );
    expect(ru.keys).not.toContain('sleep-wake');
    expect(ru.keys).toContain('sleep-roster-plan');
    // Control: an ordinary earlier wake-up keeps the one wake-up time.
    const control = await firstFive('sleep', 'Go to bed earlier', 'I stay up until 1am scrolling and feel awful at 7.');
    expect(control.keys).toContain('sleep-wake');
  });

  it('gives sitting on the floor for a long time a floor practice, not walks and kit by the door', async () => {
    const en = await firstFive(
      'fitness',
      "Sit cross-legged through my daughter's wedding ceremony",
      "The ceremony will be about two hours on the floor and right now my hips and knees give out after ten minutes. I'm 61, haven't exercised in years.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-floor-hips');
    expect(en.keys).not.toContain('fit-14');
    const ru = await firstFive(
      'fitness',
      'Научиться сидеть по-турецки на медитации',
      'Через пять минут затекают ноги и болят колени, занятия в группе по часу.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('fit-floor-')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives walking to work a walking start, not diet, weigh-ins or a lunchtime loop', async () => {
    const ru = await firstFive(
      'fitness',
      'Начать ходить на работу пешком, 4 км в одну сторону',
      'Мне 44, работаю в офисе, спорта не было лет десять, есть лишний вес. К середине пути начинает болеть голень.',
      'ru',
    );
    expect(ru.keys).toContain('fit-walkc-part');
    expect(ru.keys).toContain('fit-walkc-pain');
    expect(ru.text).not.toMatch(/тарелк|сладкий напиток|вес в одно/);
    expect(ru.keys.some((key) => key.startsWith('fit-work-'))).toBe(false);
    const en = await firstFive(
      'fitness',
      'Walk to work instead of taking the bus',
      "It's about 3 miles; I'm overweight and want to lose a stone along the way.",
    );
    expect(en.keys).toContain('fit-walkc-part');
    // Control: weight loss without a commute keeps its own steps.
    const control = await firstFive('fitness', 'Lose weight', 'I want to lose a stone by summer.');
    expect(control.keys.some((key) => key.startsWith('fit-walkc-'))).toBe(false);
  });

  it("helps someone fit in with a partner's old friends, not find a new hobby group", async () => {
    const ru = await firstFive(
      'social',
      'Чувствовать себя свободно в компании друзей мужа',
      'Они все знакомы со школы, у них свои шутки, и я на их посиделках молчу весь вечер.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-pf-brief');
    expect(ru.keys).not.toContain('soc-03');
    const en = await firstFive(
      'social',
      "Feel less of an outsider with my boyfriend's mates",
      "They've been friends since uni and I never know what to say at the pub.",
    );
    expect(en.keys).toContain('soc-pf-brief');
    // Control: making new friends keeps the group search.
    const control = await firstFive('social', 'Make new friends', 'I moved to Leeds and know no one.');
    expect(control.keys.some((key) => key.startsWith('soc-pf-'))).toBe(false);
  });
});
