import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const has = (keys: string[], prefix: string) => keys.some((key) => key.startsWith(prefix));

describe('the fourteenth blind read, fixed in general (helper fix14j): the named problem drives the steps', () => {
  it('gives friends one went silent on an honest message, not new groups; a wish for new friends keeps them', async () => {
    const en = await firstFive(
      'social',
      'Message the friends I ghosted',
      'I stopped replying to everyone during a bad year.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['soc-ghost-list', 'soc-ghost-message', 'soc-ghost-send']);
    expect(en.keys).not.toContain('soc-03');
    const ru = await firstFive(
      'social',
      'Вернуть подруг',
      'Год назад перестала всем отвечать, была депрессия, теперь стыдно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-ghost-list');
    const fresh = await firstFive('social', 'Make new friends', 'I moved to a new city and know nobody.');
    expect(has(fresh.keys, 'soc-ghost-')).toBe(false);
    // Being ghosted is the other direction: no "sorry I disappeared".
    const ghostedMe = await firstFive(
      'social',
      'Get over a friend who ghosted me',
      'She stopped replying to me in March.',
    );
    expect(has(ghostedMe.keys, 'soc-ghost-')).toBe(false);
  });

  it('gives saying no to friends a pause phrase and a first no, not more people to see', async () => {
    const ru = await firstFive(
      'social',
      'Научиться отказывать подругам',
      'Просят посидеть с детьми и одолжить денег.',
      'ru',
    );
    expect(ru.keys).toContain('soc-no-words');
    expect(ru.keys.some((key) => ['soc-01', 'soc-02', 'soc-03'].includes(key))).toBe(false);
    const en = await firstFive(
      'social',
      'Stop being a people-pleaser with friends',
      'I always say yes to lifts and favours.',
    );
    expect(en.keys[0]).toBe('soc-no-list');
  });

  it('gives a teenager grieving a friend no small-child words, nursery or drawings; small children keep them', async () => {
    const ru = await firstFive(
      'grief',
      'Помочь сыну пережить смерть друга',
      'Сыну 16, друг разбился две недели назад.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-teen-near');
    expect(has(ru.keys, 'grief-kids-')).toBe(false);
    expect(ru.text).not.toMatch(/няне|садик/);
    const en = await firstFive(
      'grief',
      'Help my teenage daughter after her mum died',
      "She's 15 and stays in her room.",
    );
    expect(en.keys).toContain('grief-teen-signs');
    const small = await firstFive('grief', 'Tell my kids that grandad died', 'They are 4 and 7.');
    expect(small.keys[0]).toBe('grief-kids-words');
  });

  it('gives a trip the other parent will not consent to the plan in writing, not steps for a child pulling away', async () => {
    const ru = await firstFive(
      'recovery',
      'Бывшая не разрешает взять сына на море',
      'По решению суда вижу сына каждые вторые выходные, она не подписывает согласие.',
      'ru',
    );
    expect(ru.keys).toContain('rec-trip-details');
    expect(has(ru.keys, 'rec-pull-')).toBe(false);
    const en = await firstFive(
      'recovery',
      'Take my daughter on holiday to Spain',
      "Her dad won't sign the consent letter.",
    );
    expect(en.keys).toContain('rec-trip-rules');
    // Contact stopped altogether, court ahead: no make-up calls or "on the next call".
    const stopped = await firstFive(
      'recovery',
      'My ex stopped my contact with my son',
      "She won't let me see him and says I'll have to go to court. I can't afford a solicitor.",
    );
    expect(stopped.keys).not.toContain('rec-canc-child');
    expect(stopped.keys).not.toContain('rec-canc-propose');
    // Cancelled calls keep their steps.
    const calls = await firstFive('recovery', 'My ex keeps cancelling my video calls with the kids', 'They ask why.');
    expect(calls.keys).toContain('rec-canc-child');
  });

  it('gives telling the children about a separation its own steps, and coming out a parent given time', async () => {
    const ru = await firstFive('family', 'Сказать детям, что мы разводимся', 'Дочке 6, сыну 10, муж съезжает.', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['fam-div-agree', 'fam-div-words']);
    expect(ru.text).not.toMatch(/свидани|ссор/);
    const en = await firstFive('family', 'Tell the kids we are splitting up', 'He moves out in May.');
    expect(en.keys).toContain('fam-div-tell');
    const out = await firstFive(
      'family',
      'Fix things with my dad after coming out',
      'I still live at home; he barely talks to me.',
    );
    expect(out.keys[0]).toBe('fam-out-time');
    expect(out.text).not.toMatch(/video call|book the tickets/i);
    const rows = await firstFive('family', 'Stop arguing with my husband', 'We fight about money every week.');
    expect(has(rows.keys, 'fam-div-')).toBe(false);
  });

  it('gives a sexual health check a clinic and booking without a call; a general check keeps its steps', async () => {
    const en = await firstFive('checkup', 'Get an STI test', "I'm too embarrassed to ring the clinic.");
    expect(en.keys[0]).toBe('chk-sh-find');
    expect(en.keys).not.toContain('chk-annual-book');
    const ru = await firstFive('checkup', 'Сдать анализы на ИППП', 'Стыдно идти к венерологу.', 'ru');
    expect(ru.keys).toContain('chk-sh-book');
    const annual = await firstFive('checkup', 'Get a health check', "I'm 45 and haven't seen a GP in years.");
    expect(annual.keys[0]).toBe('chk-annual-book');
    // A referral in hand: no "find out whether you're eligible".
    const colon = await firstFive(
      'checkup',
      'Сделать колоноскопию',
      'Терапевт направила, направление лежит три месяца.',
      'ru',
    );
    expect(colon.keys).not.toContain('chk-scr-invite');
  });

  it("gives someone else's snoring the listener's steps, and pregnancy sleep its own, not a schedule shift", async () => {
    const en = await firstFive('sleep', "Sleep through my husband's snoring", "He's had it checked, it's not apnoea.");
    expect(en.keys).not.toContain('sleep-snore-doctor');
    expect(en.keys).not.toContain('sleep-snore-side');
    expect(en.keys[0]).toBe('sleep-psnore-plugs');
    const ru = await firstFive('sleep', 'Высыпаться, несмотря на храп мужа', 'Ухожу спать на кухню.', 'ru');
    expect(ru.keys[0]).toBe('sleep-psnore-plugs');
    const own = await firstFive('sleep', 'Stop snoring', 'My wife says I snore and I am tired all day.');
    expect(own.keys[0]).toBe('sleep-snore-doctor');
    const preg = await firstFive(
      'sleep',
      'Спать на последних месяцах беременности',
      'Срок 32 недели, встаю в туалет ночью.',
      'ru',
    );
    expect(preg.keys[0]).toBe('sleep-preg-pillow');
    expect(preg.keys).not.toContain('sleep-shift');
  });

  it('gives dyslexia and poetry their own reading steps, and a lapsed reader keeps "books you loved"', async () => {
    const en = await firstFive(
      'reading',
      'Read a novel as an adult with dyslexia',
      'I lose my place and get headaches.',
    );
    expect(en.keys[0]).toBe('read-dys-along');
    expect(en.keys).not.toContain('read-ten');
    const ru = await firstFive('reading', 'Начать читать стихи', 'Со школы не открывала, услышала Бродского.', 'ru');
    expect(ru.keys[0]).toBe('read-poem-poet');
    expect(ru.keys).not.toContain('read-return');
    const back = await firstFive('reading', 'Get back into reading', 'I used to read a lot as a teenager.');
    expect(back.keys).toContain('read-return');
  });

  it('gives Slack on holiday cover and logging out, not a quit date; long Covid pacing, not three sessions', async () => {
    const en = await firstFive('quit', 'Stop checking work Slack on holiday', 'Two weeks away from 20 July.');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys[0]).toBe('quit-work-cover');
    const ru = await firstFive('quit', 'Не проверять рабочую почту в отпуске', 'Едем на море в августе.', 'ru');
    expect(ru.keys).toContain('quit-work-apps');
    const covid = await firstFive(
      'fitness',
      'Climb the stairs after long Covid',
      'I crash for two days if I overdo it.',
    );
    expect(covid.keys[0]).toBe('fit-pace-doctor');
    expect(covid.keys).not.toContain('fit-06');
    const ru2 = await firstFive('fitness', 'Двигаться после постковида', 'После прогулки отлёживаюсь два дня.', 'ru');
    expect(ru2.keys).toContain('fit-pace-step');
  });

  it('gives an experienced racket player stroke work and match play; a beginner keeps lessons and kit', async () => {
    const ru = await firstFive(
      'sport',
      'Выиграть турнир по настольному теннису',
      'Играю в секции второй год, три раза в неделю, подача слабая. Турнир в марте.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-racket-weak');
    expect(ru.keys).not.toContain('sport-racket-kit');
    const en = await firstFive('sport', 'Win the club badminton championship', 'I play twice a week for three years.');
    expect(en.keys).toContain('sport-racket-drill');
    const novice = await firstFive('sport', 'Learn to play tennis', 'Never held a racket.');
    expect(novice.keys).toContain('sport-racket-lesson');
    // A marathoner's first trail ultra: not beginner walk-runs, and hills even where it is flat.
    const ultra = await firstFive(
      'sport',
      'Finish my first 50k trail ultra',
      "I've run three road marathons, best time 3:55. About 1,500 m of climbing, and I live somewhere flat.",
    );
    expect(ultra.keys).not.toContain('sport-05');
    expect(ultra.keys).toContain('sport-hills');
  });
});
