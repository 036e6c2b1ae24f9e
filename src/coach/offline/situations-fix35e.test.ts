import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const ADULT_SLEEP = ['sleep-wake', 'sleep-bedtime', 'sleep-caffeine', 'sleep-screens', 'sleep-routine'];
const SMALLEST = ['hab-01', 'hab-03', 'hab-05', 'hab-09'];

describe('the thirty-fifth blind read, fixed in general (helper fix35e)', () => {
  it('leaves muscle drugs out and sends the questions to a GP or pharmacist — never the seller', async () => {
    const en = await tap(
      'fitness',
      'Put on muscle this year',
      "I'm 17 and lift four times a week. My mate says a SARMs cycle is the only way to actually grow.",
      'en',
      ['Gaining'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-peds-no', 'fit-peds-ask']);
    const ru = await tap(
      'fitness',
      'Набрать массу к армии',
      'Мне 18, полгода хожу в качалку. В зале предлагают курс анаболиков, думаю попробовать.',
      'ru',
      ['Набрать'],
    );
    expect(ru.keys[0]).toBe('fit-peds-no');
    expect(ru.texts[0]).toMatch(/сармы, стероиды/);
    // A steroid inhaler a doctor prescribed is no muscle drug.
    const near = await tap(
      'fitness',
      'Get fitter for hiking',
      'I use a steroid inhaler for my asthma and get puffed on hills.',
      'en',
      ['Just starting'],
    );
    expect(near.keys.filter((key) => key.startsWith('fit-peds'))).toEqual([]);
  });

  it('makes the plan of someone already lifting progressive — no first easy bodyweight session', async () => {
    const active = await tap(
      'fitness',
      'Bulk up over the winter',
      "I'm skinny and have been lifting at the gym three times a week for a year on an upper/lower split.",
      'en',
      ['Gaining', 'Already'],
    );
    expect(active.keys).toContain('fit-gain-progress');
    expect(active.keys).not.toContain('fit-gain-strength');
    const ru = await tap(
      'fitness',
      'Набрать мышечную массу',
      'Худой, уже год качаюсь в зале четыре раза в неделю по своей программе.',
      'ru',
      ['Набрать', 'Уже'],
    );
    expect(ru.keys).not.toContain('fit-gain-strength');
    // Someone who never trained keeps the first bodyweight session.
    const near = await tap(
      'fitness',
      'Bulk up over the winter',
      "I'm really skinny and have never trained at all.",
      'en',
      ['Gaining', 'Just'],
    );
    expect(near.keys).toContain('fit-gain-strength');
    expect(near.keys).not.toContain('fit-gain-progress');
  });

  it('tells the doctor about dizzy turns first, gets up in stages, and starts seated — no diet plan, no sessions booked', async () => {
    const en = await tap(
      'fitness',
      'Get stronger legs',
      "I'm 72. Since my new heart pills I go light-headed when I get out of bed.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-dizzy-doctor', 'fit-dizzy-stand']);
    expect(en.keys).toContain('fit-dizzy-first');
    for (const key of ['fit-02', 'fit-med-plan', 'fit-06', 'fit-14', 'fit-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Вернуть силы после зимы',
      'Мне 70, после того как поменяли таблетки от давления, кружится голова, когда встаю с кровати.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('fit-dizzy-doctor');
    expect(ru.keys).not.toContain('fit-med-plan');
    expect(ru.keys).not.toContain('fit-02');
    // No dizziness: blood-pressure pills keep the plan for the prescriber.
    const near = await tap(
      'fitness',
      'Вернуть силы после зимы',
      'Мне 66, пью таблетки от давления, всю зиму сидела дома.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('fit-med-plan');
    expect(near.keys.filter((key) => key.startsWith('fit-dizzy'))).toEqual([]);
  });

  it('gets prescribed exercises from the instructor and does them at home — no walk, beginner video or chair routine', async () => {
    const en = await tap(
      'fitness',
      'Straighten up my posture',
      "I'm 14 and have mild scoliosis; the specialist wants daily exercise therapy but private sessions cost too much.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['fit-rx-get', 'fit-rx-home', 'fit-rx-first', 'fit-rx-log']);
    for (const key of ['fit-14', 'fit-watched-home', 'fit-04', 'fit-06', 'fit-02']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Укрепить спину',
      'Врач назначил ЛФК после травмы, стесняюсь заниматься при всех, дома есть коврик.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fit-rx-get');
    expect(ru.keys).not.toContain('fit-watched-home');
    expect(ru.keys).not.toContain('fit-back-check');
    // Back pain with nothing prescribed keeps the back path.
    const near = await tap(
      'fitness',
      'Укрепить спину',
      'Болит поясница после работы на даче, раньше не занимался.',
      'ru',
      ['Тренировки'],
    );
    expect(near.keys).toContain('fit-back-check');
    expect(near.keys.filter((key) => key.startsWith('fit-rx'))).toEqual([]);
  });

  it('lets the phone listen on nights on call — never the phone out of the bedroom or one fixed wake-up', async () => {
    const en = await tap(
      'sleep',
      'Sleep better on my duty nights',
      "I'm a rural GP; every other week I'm on call from home and jump at every buzz of the pager.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['sleep-oncall-signal', 'sleep-oncall-kit']);
    expect(en.keys).toContain('sleep-oncall-back');
    for (const key of ADULT_SLEEP) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sleep',
      'Высыпаться в дни дежурств',
      'Я ветеринар в селе, раз в неделю дежурство на дому, ночные вызовы к коровам, и я всю ночь прислушиваюсь к телефону.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-oncall-signal');
    expect(ru.keys).not.toContain('sleep-screens');
    // Cabin crew on standby keep the roster's steps.
    const near = await tap(
      'sleep',
      'Sleep before my early check-ins',
      'Cabin crew, the roster changes every week and I am on call for standby.',
      'en',
      ['Early starts'],
    );
    expect(near.keys).toContain('sleep-roster-plan');
    expect(near.keys.filter((key) => key.startsWith('sleep-oncall'))).toEqual([]);
  });

  it("moves a small child into their own bed step by step — not the parent's alarm, caffeine or phone", async () => {
    const en = await tap(
      'sleep',
      'Help my little boy sleep in his own bed',
      "He's 4 and ends up in our bed every night.",
      'en',
    );
    // fix40X: the calm week is chosen before the chair starts (blind read 40's order).
    expect(en.keys.slice(0, 4)).toEqual([
      'sleep-kidbed-routine',
      'sleep-kidbed-bed',
      'sleep-kidbed-start',
      'sleep-kidbed-chair',
    ]);
    for (const key of ADULT_SLEEP) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sleep',
      'Приучить дочку засыпать в своей кроватке',
      'Ей два с половиной, засыпает только рядом со мной.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-kidbed-routine');
    expect(ru.keys).toContain('sleep-kidbed-night');
    expect(ru.keys.filter((key) => key.startsWith('sleep-kid-'))).toEqual([]);
    // An adult who wants their own bed back (not the sofa) is no child.
    const near = await tap(
      'sleep',
      'Stop falling asleep on the sofa',
      'I nod off on the sofa and then lie awake in my own bed at 3.',
      'en',
      ['None'],
    );
    expect(near.keys.filter((key) => key.startsWith('sleep-kid'))).toEqual([]);
  });

  it("agrees a teenager's sleep with them — devices out of every bedroom, their own alarm — not the parent's night", async () => {
    const en = await tap(
      'sleep',
      'Get my teenager off his phone and asleep by 11',
      "He's 15, games till 2 and can't get up for school.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sleep-kid-talk', 'sleep-kid-devices', 'sleep-kid-wake']);
    for (const key of ADULT_SLEEP) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sleep',
      'Наладить режим дочке-подростку',
      'Ей 14, сидит в телефоне до трёх ночи, утром в школу не встать.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-kid-talk');
    expect(ru.keys).not.toContain('sleep-screens');
    expect(ru.text).toMatch(/включая твой/);
    // A teenager working on their own sleep keeps the ordinary path.
    const near = await tap('sleep', 'Fall asleep before midnight', "I'm 16 and on my phone in bed till 2.", 'en', [
      'None',
    ]);
    expect(near.keys).toContain('sleep-screens');
    expect(near.keys.filter((key) => key.startsWith('sleep-kid'))).toEqual([]);
  });

  it('keeps a child in a prescribed patch or glasses for the full time — never "the smallest version"', async () => {
    const en = await tap(
      'habit',
      'Get my son to keep his glasses on',
      "He's 6, the eye doctor says all day, but he takes them off at school.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['hab-wear-kid-time', 'hab-wear-kid-own', 'hab-wear-kid-chart']);
    for (const key of SMALLEST) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'habit',
      'Приучить внучку носить окклюдер',
      'Ей 5, врач велел заклеивать глаз по три часа в день, а она плачет и срывает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-wear-kid-time');
    expect(ru.keys).toContain('hab-wear-kid-hard');
    for (const key of SMALLEST) expect(ru.keys).not.toContain(key);
    // Worn by the person themselves: the prescribed time, no child's sticker chart.
    const self = await tap(
      'habit',
      'Wear my back brace as prescribed',
      'The consultant said 20 hours a day and I manage about eight.',
      'en',
      ['None'],
    );
    expect(self.keys[0]).toBe('hab-wear-self-time');
    expect(self.keys.filter((key) => key.startsWith('hab-wear-kid'))).toEqual([]);
    // A habit that only names a child keeps its own path.
    const near = await tap('habit', 'Put on sunscreen every morning', 'Before I walk my son to school.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(near.keys[0]).toBe('hab-sun-spot');
    expect(near.keys.filter((key) => key.startsWith('hab-wear'))).toEqual([]);
  });

  it('finds where an autistic child can be seen and prepares them — not the parent’s own check-up', async () => {
    const en = await tap(
      'checkup',
      "Get my autistic daughter's teeth checked",
      "She's 9, won't let anyone near her mouth and screams at the clinic door.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-sn-route', 'chk-sn-notes']);
    expect(en.keys).toContain('chk-sn-prep');
    for (const key of ['chk-child-book', 'chk-child-ready', 'chk-05', 'chk-dent-plain-book'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Сдать анализ крови сыну с аутизмом',
      'Ему 6, к нему не подойти с иглой, в прошлый раз держали вчетвером.',
      'ru',
      ['Записать'],
    );
    expect(ru.keys[0]).toBe('chk-sn-route');
    expect(ru.keys).not.toContain('chk-05');
    expect(ru.keys).not.toContain('chk-child-ready');
    // An assessment for autism is a child's appointment, not a child who can't be examined.
    const near = await tap(
      'checkup',
      'Get my son assessed for autism',
      "He's 5 and doesn't play with other kids; nursery noticed too.",
      'en',
      ['An appointment for my child'],
    );
    expect(near.keys).toContain('chk-child-book');
    expect(near.keys.filter((key) => key.startsWith('chk-sn'))).toEqual([]);
  });

  it('finds a way to book past the morning phone queue before the booking itself', async () => {
    const en = await tap(
      'checkup',
      'See the doctor about my knee',
      "It clicks and swells after work. The phone lines open at 8 when I'm already driving the bus.",
      'en',
      ['The GP'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-phone-route', 'chk-gp-book']);
    expect(en.keys).not.toContain('chk-09');
    const ru = await tap(
      'checkup',
      'Дойти до терапевта с кашлем',
      'Кашляю третий месяц, но в поликлинику не дозвониться, а запись только по телефону.',
      'ru',
      ['Боль'],
    );
    expect(ru.keys[0]).toBe('chk-phone-route');
    // An ordinary booking needs no way round the phone.
    const near = await tap('checkup', 'Book a dental check-up', "It's been two years since the last one.", 'en', [
      'None',
    ]);
    expect(near.keys).not.toContain('chk-phone-route');
  });
});
