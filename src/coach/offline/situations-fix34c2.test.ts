import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const RUNNING = ['sport-01-topic', 'sport-03', 'sport-06', 'sport-07', 'sport-08', 'sport-10'];
const CONTACT = ['sport-contact-coach', 'sport-contact-neck', 'sport-contact-head'];
const REMOTE = ['move-remote-ask', 'move-remote-freight', 'move-remote-supplies', 'move-remote-help'];
const ABROAD_WORK = ['work-house-bag', 'work-house-money', 'work-house-people'];

describe('the thirty-fourth blind read, fixed in general (helper fix34c2)', () => {
  it('keeps study off the day of a weekly church service where the language is heard', async () => {
    const en = await tap(
      'language',
      'Learn Portuguese so Mass with my in-laws makes sense',
      'We go to Mass at their parish every Sunday. I can study on my commute.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-use-between');
    expect(en.keys).not.toContain('lang-26');
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы понимать проповеди',
      'Каждое воскресенье ходим с женой в церковь, учить могу в обед по будням.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-use-between');
    expect(ru.keys).not.toContain('lang-26');
    // A free Sunday with no service keeps the sessions on Sundays.
    const near = await tap('language', 'Learn Spanish from zero', 'Sunday mornings are my free time.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-26');
    expect(near.keys).not.toContain('lang-use-between');
  });

  it('gives a beginner whom people switch away from the phrases once, from the people around — no "first ten words" again', async () => {
    const en = await tap(
      'language',
      'Speak Dutch with my neighbours',
      'I moved to Utrecht in spring and know nothing yet; whenever I try, people switch to English.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-stay-teach');
    expect(en.keys).not.toContain('lang-03');
    const ru = await tap(
      'language',
      'Заговорить по-испански в Валенсии',
      'Переехала полгода назад, начинаю с нуля, но все сразу переходят на английский.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-stay-teach');
    expect(ru.keys).not.toContain('lang-03');
    // A beginner with no one switching keeps the first ten words.
    const near = await tap('language', 'Learn Italian from scratch', 'For a holiday in Sicily next year.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-03');
  });

  it('builds the stamina of a team player who fades before the end — no wall drill, no gentle walk-jog, no squad question', async () => {
    const en = await tap(
      'sport',
      'Get through a whole match for my Saturday football team',
      "I'm 34, came back to five-a-side last year after a long break, but I'm gassed by half-time. The coach says I'm in the starting eleven if I can last.",
      'en',
      ['A team sport'],
    );
    expect(en.keys).toContain('sport-matchfit-fade');
    expect(en.keys).toContain('sport-matchfit-run');
    for (const key of ['sport-team-ball', 'sport-team-base', 'sport-squad-ask', ...RUNNING])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Выдерживать весь матч в любительской лиге по футболу',
      'Мне 30, раньше играл в команде, потом был перерыв два года. Сейчас снова играю в мини-футбол, но к концу первого тайма выдыхаюсь.',
      'ru',
      ['Командный вид спорта'],
    );
    expect(ru.keys).toContain('sport-matchfit-fade');
    expect(ru.keys).not.toContain('sport-team-base');
    expect(ru.keys).not.toContain('sport-team-ball');
    // A player who names no stamina problem keeps the ball work.
    const near = await tap(
      'sport',
      'Improve my weak foot for Sunday league',
      'I play every week, my left foot is useless.',
      'en',
      ['A team sport'],
    );
    expect(near.keys.filter((key) => key.startsWith('sport-matchfit'))).toEqual([]);
    expect(near.keys).toContain('sport-team-ball');
  });

  it("gives a rugby player the coached contact, the neck and the head-knock rule — never a runner's week", async () => {
    const en = await tap(
      'sport',
      'Win a place at tighthead for my club',
      "I'm 19, two seasons in the colts, I train twice a week with my club this season.",
      'en',
      ['A team sport'],
    );
    for (const key of CONTACT) expect(en.keys).toContain(key);
    for (const key of RUNNING) expect(en.keys).not.toContain(key);
    expect(en.asked.flatMap((question) => question.choices ?? [])).not.toContain('Already training, chasing a target');
    const ru = await tap(
      'sport',
      'Попасть в основной состав регбийной команды университета',
      'Играю столбом второй год, тренировки три раза в неделю.',
      'ru',
      ['Командный вид спорта'],
    );
    for (const key of CONTACT) expect(ru.keys).toContain(key);
    for (const key of RUNNING) expect(ru.keys).not.toContain(key);
    // Football has no scrums: a squad place there keeps the team steps without the contact ones.
    const near = await tap(
      'sport',
      'Make the starting eleven of my Sunday league team',
      'I play every week and train on Thursdays.',
      'en',
      ['A team sport'],
    );
    expect(near.keys).toContain('sport-squad-ask');
    expect(near.keys.filter((key) => key.startsWith('sport-contact'))).toEqual([]);
  });

  it('reads belt wrestling (kuresh, kurash) as a fighting sport — its competition, not a target distance', async () => {
    const ru = await tap(
      'sport',
      'Дойти до финала по курешу на районном празднике',
      'Мне 20, занимаюсь курешем два года, три раза в неделю, в этом сезоне хочу выступить в своём весе.',
      'ru',
      ['Бокс или единоборства'],
    );
    expect(ru.keys).toContain('sport-combat-comp');
    for (const key of RUNNING) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/целевая дистанция/);
    const en = await tap(
      'sport',
      'Win my weight at the kurash tournament',
      "I've trained kurash at a club for two years, three sessions a week, and this season I want a medal.",
      'en',
      ['Boxing or a martial art'],
    );
    expect(en.keys).toContain('sport-combat-comp');
    for (const key of RUNNING) expect(en.keys).not.toContain(key);
    // A runner chasing a target still gets the question about training.
    const near = await tap(
      'sport',
      'Get back under 50 minutes for 10k this season',
      "I'm running again after a year off, about 25 km a week.",
      'en',
      [],
    );
    expect(near.asked.flatMap((question) => question.choices ?? [])).toContain('Already training, chasing a target');
  });

  it('sends an untrained smoker training for a multi-day trek to the GP and to help to stop smoking first', async () => {
    const en = await tap(
      'sport',
      'Walk the Larapinta Trail with my brother next year',
      "I'm 55, I've smoked for thirty years and haven't done any exercise in ages.",
      'en',
      ['A long hike or hill walking'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-hike-doctor', 'sport-smoke-help']);
    expect(en.keys.filter((key) => key.startsWith('sport-gen-'))).toEqual([]);
    const ru = await tap(
      'sport',
      'Пройти пешком 100 км по Карелии с друзьями',
      'Мне 48, курю, спортом не занимался лет десять.',
      'ru',
      ['Длинный поход или треккинг'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sport-hike-doctor', 'sport-smoke-help']);
    expect(ru.keys.filter((key) => key.startsWith('sport-gen-'))).toEqual([]);
    // Someone who hikes most weekends and does not smoke: no check with the GP, no smoking step.
    const near = await tap(
      'sport',
      'Walk the West Highland Way in six days',
      'I hike most weekends, 20 km days with a pack.',
      'en',
      ['A long hike or hill walking'],
    );
    expect(near.keys).not.toContain('sport-hike-doctor');
    expect(near.keys).not.toContain('sport-smoke-help');
  });

  it('downsizes into a home already bought: the dates lined up and the lifting done by others — no criteria, scouting or valuation', async () => {
    const en = await tap(
      'moving',
      'Move into our new bungalow',
      "We're 70 and 72. We've bought a bungalow on the coast, and our house sale completes in June. My husband's hip replacement means no lifting.",
      'en',
      ['Moving to a smaller home'],
    );
    expect(en.keys).toContain('move-dates-chain');
    expect(en.keys).toContain('move-nolift-help');
    for (const key of ['down-agree', 'down-value', 'down-visit']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'moving',
      'Переехать в квартиру поменьше',
      'Нам за семьдесят. Уже купили квартиру поменьше в соседнем районе, на нашу трёшку покупатель есть, сделка в мае. У мужа грыжа, тяжёлое поднимать нельзя.',
      'ru',
      ['Переезд в жильё поменьше'],
    );
    expect(ru.keys).toContain('move-dates-chain');
    expect(ru.keys).toContain('move-nolift-help');
    for (const key of ['down-agree', 'down-value', 'down-visit']) expect(ru.keys).not.toContain(key);
    // Still choosing the smaller place, the house not yet on the market: the criteria and the valuation stay.
    const near = await tap(
      'moving',
      'Downsize now the kids have left',
      'Thinking about a smaller place near the sea; we own our house.',
      'en',
      ['Moving to a smaller home'],
    );
    expect(near.keys).toContain('down-agree');
    expect(near.keys).toContain('down-value');
    expect(near.keys).not.toContain('move-dates-chain');
  });

  it('after a break-up, looks for the next place around the school — and asks the moving date once', async () => {
    const ru = await tap(
      'moving',
      'Съехать от бывшей жены',
      'Развелись весной, пока живём в одной квартире. Нужно снять жильё поближе к садику дочки.',
      'ru',
      ['Разъезд после расставания или развода'],
    );
    expect(ru.keys).toContain('mov-split-find');
    expect(ru.keys).toContain('mov-split-date');
    expect(ru.keys).not.toContain('move-01');
    const en = await tap(
      'moving',
      'Move out after the divorce',
      'We still share the house. I need to rent somewhere near my kids’ school.',
      'en',
      ['Moving out after a break-up'],
    );
    expect(en.keys).toContain('mov-split-find');
    expect(en.keys).not.toContain('move-01');
    // A place already found: no search.
    const near = await tap(
      'moving',
      'Move out of my ex’s flat',
      "We broke up in May. I've found a flat near work and the tenancy starts on the 1st.",
      'en',
      ['Moving out after a break-up'],
    );
    expect(near.keys).not.toContain('mov-split-find');
  });

  it('moves someone to a remote place in their own country with freight, supplies and help far from a city — no plug adapter or embassy', async () => {
    const en = await tap(
      'moving',
      'Relocate to a remote community clinic up north',
      'Housing is provided by the health service. I start in March, and the road is cut off for months in the wet.',
      'en',
    );
    for (const key of ['move-remote-ask', 'move-remote-freight', 'move-remote-supplies'])
      expect(en.keys).toContain(key);
    for (const key of ABROAD_WORK) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/embassy|plug adapter/);
    const ru = await tap(
      'moving',
      'Переехать работать учителем в посёлок на Крайнем Севере',
      'Жильё предоставляют, дороги нет — только зимник и вертолёт.',
      'ru',
    );
    expect(ru.keys.filter((key) => REMOTE.includes(key)).length).toBeGreaterThanOrEqual(3);
    for (const key of ABROAD_WORK) expect(ru.keys).not.toContain(key);
    // A factory job abroad with a room keeps the suitcase and the consulate.
    const near = await tap(
      'moving',
      'Move to Poland for a factory job',
      'Accommodation is provided by the agency, I fly out in April.',
      'en',
    );
    expect(near.keys).toContain('work-house-bag');
    expect(near.keys.filter((key) => REMOTE.includes(key))).toEqual([]);
  });
});
