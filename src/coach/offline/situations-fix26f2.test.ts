import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-sixth blind read, fixed in general (helper fix26f2)', () => {
  it('keeps a child out of the car when the other parent turns up drunk — and no court papers without an order', async () => {
    const en = await firstFive(
      'recovery',
      'Safe weekends when my son goes to his mum',
      "Lately she's shown up drunk for pick-up and insists on driving. We never went to court, we just agreed it ourselves.",
    );
    expect(en.keys).toContain('rec-drunk-safe');
    expect(en.keys).not.toContain('rec-03');
    const ru = await firstFive(
      'recovery',
      'Бывший забирает дочь нетрезвым',
      'По субботам он приезжает за ней выпивший и хочет везти её на машине. Суда не было, договорились сами.',
      'ru',
    );
    expect(ru.keys).toContain('rec-drunk-safe');
    expect(ru.keys).not.toContain('rec-03');
    // Handover rows with no drink keep the handover path.
    const rows = await firstFive('recovery', 'Calmer handovers with my ex', 'Every swap on Sunday ends in shouting.');
    expect(rows.keys).not.toContain('rec-drunk-safe');
  });

  it('gives the death of a colleague work steps — not study steps or offers of meals and lifts', async () => {
    const ru = await firstFive(
      'grief',
      'Умер коллега, с которым работали двадцать лет',
      'Мы сидели в одном отделе научно-исследовательского института. Теперь не могу работать.',
      'ru',
    );
    expect(ru.keys).toContain('grief-coll-manager');
    expect(ru.keys).not.toContain('grief-study-tell');
    expect(ru.keys).not.toContain('grief-08');
    const en = await firstFive(
      'grief',
      'Grieving my coworker',
      'My coworker died suddenly last week and his chair is still next to mine.',
    );
    expect(en.keys).toContain('grief-coll-desk');
    // A student who lost a parent keeps the study steps.
    const study = await firstFive('grief', 'Back to uni after losing my dad', 'My resits are in August.');
    expect(study.keys).not.toContain('grief-coll-manager');
  });

  it('gives a family with someone deployed or at sea short-call plans — never a daily tea together', async () => {
    const en = await firstFive(
      'family',
      'Keep us close while my wife is deployed',
      "She's in the army, posted abroad for six months, and calls are rare. We argue when she does call. Our kids are 4 and 8.",
    );
    expect(en.keys).toContain('fam-away-calls');
    expect(en.keys).not.toContain('fam-26');
    const ru = await firstFive(
      'family',
      'Не ссориться с мужем, пока он на вахте',
      'Он уезжает на север вахтой на три месяца, связь раз в неделю, и мы ругаемся по телефону.',
      'ru',
    );
    expect(ru.keys).toContain('fam-away-calls');
    expect(ru.keys).not.toContain('fam-26');
    // A couple at home keeps the daily check-in.
    const home = await firstFive('family', 'Argue less with my husband', 'We bicker every evening after work.');
    expect(home.keys).not.toContain('fam-away-calls');
  });

  it('never tells someone living with their partner to get ready to see them "in the coming days"', async () => {
    const en = await firstFive(
      'family',
      'Get on better with my wife',
      'We live together but barely talk since I started nights. I am off on Sunday.',
    );
    expect(en.keys).not.toContain('fam-11');
    const ru = await firstFive(
      'family',
      'Найти время на мужа, когда работаю на двух работах',
      'Днём на кассе, вечером убираю офисы. Муж говорит, что мы как соседи. Свободна пара часов в воскресенье.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-11');
    // A partner who lives in another city keeps the step.
    const far = await firstFive(
      'family',
      'Stay close to my wife',
      'She works in another city during the week. I see her on Saturday.',
    );
    expect(far.keys).toContain('fam-11-far');
  });

  it('gives a Deaf person who signs the Deaf club and signing events — not small talk said aloud', async () => {
    const en = await firstFive(
      'social',
      'Meet other BSL users in my new town',
      "I'm deaf and moved to Leeds in spring. Nobody I know here signs and I'm tired of lip-reading at the pub.",
    );
    expect(en.keys[0]).toBe('soc-deaf-club');
    expect(en.keys).not.toContain('soc-07');
    expect(en.keys).not.toContain('soc-05');
    const ru = await firstFive(
      'social',
      'Найти друзей, которые знают жестовый язык',
      'Я глухая, недавно переехала в Казань, вокруг одни слышащие.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-deaf-club');
    expect(ru.keys).not.toContain('soc-07');
    // A hearing newcomer keeps the ordinary path.
    const hearing = await firstFive(
      'social',
      'Make friends in a new town',
      'I moved to Leeds in spring and know nobody.',
    );
    expect(hearing.keys).not.toContain('soc-deaf-club');
    // Hearing aids alone name no signing.
    const aids = await firstFive(
      'social',
      'Feel less left out at parties',
      'I wear hearing aids and lose the thread in noisy rooms.',
    );
    expect(aids.keys).not.toContain('soc-deaf-club');
  });

  it('gives an older person abroad company of their age and their language — not colleagues because a son works', async () => {
    const ru = await firstFive(
      'social',
      'С кем поговорить на новом месте',
      'Я на пенсии, мне 69, переехала к дочери в Хайфу. Иврит не знаю совсем, языка не знаю, дочь с зятем весь день на работе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-older-centre');
    expect(ru.keys).toContain('soc-lang-own');
    expect(ru.keys).not.toContain('soc-work-threads');
    expect(ru.keys).not.toContain('soc-work-coffee');
    const en = await firstFive(
      'social',
      'Find friends my own age',
      "I'm retired and moved in with my son in Lyon. I don't speak the language and he is at work all day.",
    );
    expect(en.keys[0]).toBe('soc-older-centre');
    expect(en.keys).toContain('soc-lang-class');
    expect(en.keys).not.toContain('soc-work-threads');
    // Someone new at work keeps the colleagues' path.
    const job = await firstFive(
      'social',
      'Подружиться с коллегами',
      'Недавно пришла в новый отдел, на работе ни с кем не общаюсь.',
      'ru',
    );
    expect(job.keys[0]).toBe('soc-work-threads');
  });
});
