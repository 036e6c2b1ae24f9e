import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { baseKeys, firstFive, ownSteps, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the checkup kind (content/goals/types/checkup.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

const ROUTINE = [
  'chk-gen-which',
  'chk-gen-book',
  'chk-heart-book',
  'chk-heart-measure',
  'chk-eyes-book',
  'chk-eyes-notes',
];

const SWELL = ['chk-swell-today', 'chk-swell-cost', 'chk-swell-meds', 'chk-swell-watch'];

const ROUTINE2 = ['chk-gen-which', 'chk-gen-book', 'chk-02', 'chk-dent-plain-notes', 'chk-dent-plain-book'];

const ROUTINE3 = ['chk-gen-which', 'chk-gen-book', 'chk-spec-referral'];

describe("harmful steps named in a checkup goal lead its path, and near misses keep the kind's own steps", () => {
  it('books the doctor once for a driver nodding off at the wheel', async () => {
    const en = await tap(
      'checkup',
      'see my GP about my snoring',
      "I'm a bus driver and I've dozed off at the wheel at red lights; my partner says I stop breathing at night. I'm scared of what they'll say.",
      'en',
      ['A pain or symptom'],
    );
    expect(en.keys).toContain('hz-drowsy-doctor');
    expect(en.keys).not.toContain('chk-sym-book');
    expect(en.keys).not.toContain('chk-04');
    const near = await tap(
      'checkup',
      'get my shoulder checked',
      "My shoulder hurts when I lift my arm, and it won't go away. I'm scared of what they'll say.",
      'en',
      ['A pain or symptom'],
    );
    expect(near.keys).toContain('chk-sym-book');
  });

  it('books the GP once for a PSA test, and keeps the note for blood seen out of check-up', async () => {
    const psa = await tap(
      'checkup',
      'ask about a PSA test',
      'My dad had prostate cancer in his sixties and I am 55. I get up twice a night to pee.',
      'en',
      ['A prostate or PSA test'],
    );
    expect(psa.keys).toContain('chk-psa-book');
    expect(psa.keys).not.toContain('chk-gp-book');
    const blood = await tap(
      'checkup',
      'сходить к урологу',
      'Мне 60, последние недели моча розоватая, боли нет. К врачам не хожу.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(blood.keys).toContain('hz-blood-doctor');
    expect(blood.keys).not.toContain('chk-04');
    // No blood named: the questions-and-symptoms note stays.
    const near = await tap('checkup', 'сходить к урологу', 'Мне 60, по ночам встаю в туалет, хочу провериться.', 'ru', [
      'Попасть к узкому специалисту',
    ]);
    expect(hazardKeys(near.keys)).toEqual([]);
  });

  it('asks for a sugar test for thirst and nights up, without the diabetic-foot script for someone not diagnosed', async () => {
    const en = await tap(
      'checkup',
      'get tested for diabetes, thirsty all the time',
      "I'm 47, I keep getting up to pee at night and drink water all day. A blister on my heel took weeks to heal. My dad has diabetes.",
      'en',
    );
    expect(en.keys).toContain('chk-sugar-test');
    expect(en.keys).not.toContain('hz-footdiab-today');
    expect(en.texts.join(' ')).not.toMatch(/I have diabetes/);
    const ru = await tap(
      'checkup',
      'проверить сахар, постоянно хочется пить',
      'Мне 52, ночью встаю в туалет по три раза, всё время хочется пить. У мамы диабет.',
      'ru',
    );
    expect(ru.keys).toContain('chk-sugar-test');
    const near = await tap(
      'checkup',
      'see about the sore on my foot',
      "I'm type 2 diabetic and there's a sore on my heel that isn't healing.",
      'en',
    );
    expect(near.keys).not.toContain('chk-sugar-test');
  });
});

describe('checkup: the level and what the person already has or does', () => {
  it('gives a home test kit already received doing and posting steps, with no booking', async () => {
    const en = await firstFive(
      'checkup',
      'Finally use the home test kit',
      'The bowel screening kit arrived in the post weeks ago.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-kit-read', 'chk-kit-ready', 'chk-kit-post']);
    expect(en.keys.some((key) => key.startsWith('chk-scr-'))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Сделать тест на скрытую кровь',
      'Набор пришёл по почте месяц назад, лежит в шкафу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-kit-read');
    expect(ru.text).not.toMatch(/запишись/i);
    // An invitation to book a screening keeps the screening steps.
    const book = await firstFive('checkup', 'Book my first mammogram', 'The letter says I am due.');
    expect(book.keys).toContain('chk-scr-book');
  });

  it('books a test already ordered early, with last time’s trouble told — not "find out which appointment"', async () => {
    const en = await steps(
      'checkup',
      'Get the fasting blood test my GP ordered',
      'It has to be done at the lab before 9 and I keep rescheduling, because there is no one to watch the kids in the morning.',
      'en',
    );
    expect(en.slice(0, 2)).toEqual(['chk-ordered-book', 'chk-ordered-worry']);
    expect(en).toContain('chk-kids-care');
    for (const key of ['chk-gen-which', 'chk-gen-book', 'chk-05']) expect(en).not.toContain(key);
    const ru = await steps(
      'checkup',
      'Сдать глюкозотолерантный тест',
      'Беременность 26 недель, гинеколог направила, а в прошлый раз от раствора тошнило, и ребёнка не с кем оставить.',
      'ru',
    );
    expect(ru[0]).toBe('chk-ordered-book');
    expect(ru).toContain('chk-kids-care');
    expect(ru).not.toContain('chk-gen-which');
    // A first cholesterol check still finds out which appointment it needs.
    const first = await steps('checkup', 'Get a health check', "I'm 50 and have never had any check-up at all.", 'en');
    expect(withPrefix(first, 'chk-ordered-')).toEqual([]);
  });

  it('asks about the price at the dentist when the cost is the fear, and drops the nerves step when someone already goes along', async () => {
    const ru = await tap(
      'checkup',
      'сходить уже к стоматологу, зуб ноет месяц',
      'Мне 72. Уже месяц ноет зуб под мостом. Пью анальгин. Боюсь, что скажут всё снимать, а на новый протез денег нет.',
      'ru',
    );
    expect(ru.keys).toContain('chk-dent-cost');
    expect(ru.keys).not.toContain('chk-dent-signal');
    const en = await tap(
      'checkup',
      'Get my tooth seen to',
      "I'm 66. My back tooth under the crown has ached for weeks. I'm scared of the cost — I can't afford a new crown.",
      'en',
      ['The dentist'],
    );
    expect(en.keys).toContain('chk-dent-cost');
    expect(en.keys).not.toContain('chk-dent-signal');
    // Fear of the chair keeps the stop signal, with no cost step.
    const chair = await tap(
      'checkup',
      'Go to the dentist at last',
      "I'm terrified of the drill and haven't been in six years.",
      'en',
    );
    expect(chair.keys).toContain('chk-dent-signal');
    expect(chair.keys).not.toContain('chk-dent-cost');
    // A companion named drops "if appointments make you nervous, tell someone".
    const eyes = await tap(
      'checkup',
      'finally get my eyes tested, cataracts maybe?',
      "I'm 77 and live two hours out of Dubbo. Driving at dusk has got hard. The nearest optometrist is in town and my daughter can only take me on weekends.",
      'en',
    );
    expect(eyes.keys).not.toContain('chk-09');
    expect(eyes.keys).toContain('chk-eyes-book');
    const ruEyes = await tap(
      'checkup',
      'Проверить зрение',
      'Мне 70, стала хуже видеть вдаль. В выходные дочь меня отвезёт в город.',
      'ru',
    );
    expect(ruEyes.keys).not.toContain('chk-09');
    // No one named to go along: the nerves step stays.
    const alone = await tap('checkup', 'Get my eyes tested', 'I am 72 and my distance vision is getting blurry.');
    expect(alone.keys).toContain('chk-09');
  });

  it('a procedure already given a date: no comparing clinics to book one', async () => {
    const ru = await tap(
      'checkup',
      'Наконец сделать гастроскопию',
      'Гастроэнтеролог выписал направление, очередь дали на двадцатое число. Боюсь, что не выдержу процедуру.',
      'ru',
      ['МРТ, гастроскопия или другая процедура'],
    );
    expect(ru.keys).not.toContain('chk-proc-where');
    expect(ru.keys).toContain('chk-proc-prep');
    const en = await tap(
      'checkup',
      'Go through with the colonoscopy this time',
      "I've got an appointment for the colonoscopy on the 14th. I cancelled the last one because I was scared.",
      'en',
      ['An MRI, endoscopy or other procedure'],
    );
    expect(en.keys).not.toContain('chk-proc-where');
    // No date yet: the clinics are still compared.
    const near = await tap(
      'checkup',
      'Get a colonoscopy done',
      'My GP says I should have one because of my family history. I have not booked anything.',
      'en',
      ['An MRI, endoscopy or other procedure'],
    );
    expect(near.keys).toContain('chk-proc-where');
  });

  it('books a referral already made for bleeding, and asks the clinic about a feared sedation', async () => {
    const en = await tap(
      'checkup',
      'finally book my camera test',
      'My GP referred me for a colonoscopy after some bleeding last winter and I never booked it. I had a bad reaction to anesthesia years ago and I am scared of being put under.',
      'en',
      ['A new lump or bleeding'],
    );
    expect(en.keys[0]).toBe('chk-urgent-referred');
    expect(en.keys).not.toContain('chk-urgent-call');
    expect(en.keys).toContain('chk-proc-sedation');
    expect(en.keys).not.toContain('chk-04');
    const ru = await tap(
      'checkup',
      'сделать колоноскопию',
      'Терапевт дала направление на колоноскопию, потому что была кровь в кале, а я так и не записался. Боюсь наркоза, в молодости плохо перенес наркоз.',
      'ru',
      ['Новое уплотнение или кровотечение'],
    );
    expect(ru.keys).toContain('chk-urgent-referred');
    expect(ru.keys).not.toContain('chk-urgent-call');
    expect(ru.keys).toContain('chk-proc-sedation');
    // A new sign with no referral yet: the GP is called first, as before.
    const near = await tap(
      'checkup',
      'get this lump looked at',
      'I found a lump in my breast two weeks ago and have not told anyone yet.',
      'en',
      ['A new lump or bleeding'],
    );
    expect(near.keys[0]).toBe('chk-urgent-call');
    expect(near.keys).not.toContain('chk-proc-sedation');
  });
});

describe('checkup: the situation named and the steps it brings', () => {
  it('checkup: a hearing test and a darkened mole get their own steps, not the list of every check-up', async () => {
    const hearing = await firstFive(
      'checkup',
      'Get my hearing tested',
      "My wife says the telly's always too loud. I'm 63 and honestly I've put it off because I don't want hearing aids.",
    );
    expect(hearing.keys).toEqual(expect.arrayContaining(['chk-hear-book', 'chk-hear-aids']));
    expect(hearing.keys).not.toContain('chk-01');
    expect(hearing.keys).not.toContain('chk-03');

    const mole = await firstFive(
      'checkup',
      'Показать родинки дерматологу',
      'Родинок много, одна на спине вроде потемнела. В поликлинике запись через месяц, а платно дорого.',
      'ru',
    );
    expect(mole.keys).toEqual(expect.arrayContaining(['chk-skin-photo', 'chk-skin-book', 'chk-skin-route']));
    expect(mole.keys).not.toContain('chk-gp-book');
    expect(mole.text).toMatch(/срочн|ранний/);
    expect(mole.text).not.toMatch(/общий осмотр и анализы/);
  });

  it('gives a lump an urgent GP call and a named symptom its own appointment, never routine check-ups', async () => {
    const ru = await firstFive(
      'checkup',
      'Показать врачу шишку на шее',
      'Заметил месяц назад, не болит, не уменьшается.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-urgent-call');
    expect(ru.text).not.toMatch(/плановые обследования|общий осмотр/);
    const en = await firstFive(
      'checkup',
      'See someone about my painful knee',
      "It's been stiff for three months and I can't kneel; I keep hoping it will pass.",
    );
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-01');
    expect(en.keys).not.toContain('chk-06');
    const routine = await firstFive('checkup', 'Get my health checks up to date', "I haven't seen a doctor in years.");
    expect(routine.keys.some((key) => key.startsWith('chk-sym-') || key.startsWith('chk-urgent-'))).toBe(false);
  });

  it('gives a snoring or breathing-stops worry a GP visit about it, and a psychiatrist goal no heart checks', async () => {
    const en = await firstFive('checkup', 'See someone about my snoring', 'My partner says I stop breathing at night.');
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-01');
    const ru = await firstFive('checkup', 'Проверить храп', 'Жена говорит, что ночью я перестаю дышать.', 'ru');
    expect(ru.keys[0]).toBe('chk-sym-book');
    const panic = await firstFive(
      'checkup',
      'Записаться к психиатру',
      'Панические атаки в транспорте, сердце колотится, но кардиолог сказал, что сердце здоровое.',
      'ru',
    );
    expect(panic.keys.some((key) => key.startsWith('chk-heart-'))).toBe(false);
    expect(panic.keys[0]).toBe('chk-ther-find');
    const enPanic = await firstFive(
      'checkup',
      'Get to a psychiatrist',
      'Panic attacks; my heart races but the ECG was fine.',
    );
    expect(enPanic.keys.some((key) => key.startsWith('chk-heart-'))).toBe(false);
    // A heart worry without a therapist keeps the heart steps.
    const heart = await firstFive('checkup', 'Get my blood pressure checked', 'It was high at the pharmacy.');
    expect(heart.keys).toContain('chk-heart-book');
  });

  it("gives someone else's check-up persuasion steps, not the person's own check-up; one's own keeps it", async () => {
    const ru = await firstFive(
      'checkup',
      'Уговорить папу сходить к врачу',
      'Ему 67, кашляет уже несколько месяцев, в поликлинику не идёт.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-other-why');
    expect(ru.keys.some((key) => /^chk-(0\d|gp-book)/.test(key))).toBe(false);
    expect(ru.text).toMatch(/папе/);
    const en = await firstFive(
      'checkup',
      'Get my dad to see a doctor',
      "He's had a cough for months but says it's nothing.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['chk-other-why', 'chk-other-ask', 'chk-other-book']));
    const husband = await firstFive('checkup', 'Уговорить мужа сходить к врачу', 'Полгода болит спина.', 'ru');
    expect(husband.keys[0]).toBe('chk-other-why');
    const own = await firstFive('checkup', 'Book a GP check-up', "I haven't had one in five years.");
    expect(own.keys.some((key) => key.startsWith('chk-other-'))).toBe(false);
  });

  it('gives a prostate check a GP talk about a PSA test, not a screening invitation', async () => {
    const en = await firstFive('checkup', 'Get my PSA checked', "I'm 60, my dad had prostate cancer.");
    expect(en.keys.slice(0, 3)).toEqual(['chk-scr-family', 'chk-psa-book', 'chk-psa-ask']);
    expect(en.keys).not.toContain('chk-scr-invite');
    expect(en.keys).not.toContain('chk-scr-book');
    const ru = await firstFive('checkup', 'Проверить простату', 'Мне 52, отец болел раком простаты.', 'ru');
    expect(ru.keys).toContain('chk-psa-book');
    expect(ru.text).not.toMatch(/приглашени[ея] на скрининг/);
    const mammo = await firstFive('checkup', 'Book my first mammogram', 'The letter says I am due.');
    expect(mammo.keys).toContain('chk-scr-invite');
  });

  it('gives a known referral the GP visit for it, not "find out whether you need a referral"', async () => {
    const ru = await firstFive(
      'checkup',
      'Попасть к эндокринологу',
      'Щитовидка. Нужно направление от терапевта, а к нему не попасть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-ref-gp');
    expect(ru.keys).not.toContain('chk-spec-referral');
    const en = await firstFive(
      'checkup',
      'See a neurologist about my migraines',
      'I need a referral from my GP first and can never get through.',
    );
    expect(en.keys).toContain('chk-ref-gp');
    expect(en.keys).not.toContain('chk-spec-referral');
  });

  it('gives a bundled health check the time off to do it, not a separate list of check-ups', async () => {
    const ru = await firstFive('checkup', 'Пройти диспансеризацию в этом году', 'Мне 45, работаю с 9 до 6.', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['chk-annual-book', 'chk-annual-time']);
    expect(ru.keys.some((key) => ['chk-01', 'chk-03', 'chk-06'].includes(key))).toBe(false);
    const en = await firstFive('checkup', 'Get an NHS health check', "I'm 48 and work full time.");
    expect(en.keys).not.toContain('chk-01');
  });

  it('gives an ADHD assessment examples, a screening, the GP visit and the private question — no check-up list', async () => {
    const en = await firstFive(
      'checkup',
      'Get tested for ADHD',
      'I am 41, always losing things; the wait is two years.',
    );
    expect(en.keys[0]).toBe('chk-adhd-examples');
    expect(en.keys).toContain('chk-adhd-book');
    expect(en.keys.some((key) => /^chk-0[1-6]$/.test(key))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Пройти диагностику СДВГ',
      'Мне 29, всю жизнь всё теряю и не доделываю.',
      'ru',
    );
    expect(ru.keys).toContain('chk-adhd-book');
    expect(ru.text).not.toMatch(/стоматолог|скрининги по возрасту/i);
    const adult = await firstFive('checkup', 'Find out if I have attention deficit disorder', 'My son was diagnosed.');
    expect(adult.keys).toContain('chk-adhd-screen');
    // A routine check-up keeps its steps.
    const annual = await firstFive('checkup', 'Book my annual check-up', "Haven't seen a doctor in years.");
    expect(annual.keys.some((key) => key.startsWith('chk-adhd-'))).toBe(false);
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

  it("gives a child's appointment child steps, not the parent's own check-ups or dental fear", async () => {
    const en = await firstFive(
      'checkup',
      "Get my daughter's booster done",
      "She's five and missed it last year, she hates needles.",
    );
    expect(en.keys[0]).toBe('chk-child-book');
    expect(en.text).not.toMatch(/every medicine, vitamin/i);
    const ru = await firstFive(
      'checkup',
      'Сводить дочку к детскому стоматологу',
      'Ей 7, зуб шатается, а в поликлинике записи нет на месяц.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['chk-child-book', 'chk-child-ready']));
    const own = await firstFive('checkup', 'Book my smear test', "I'm 30 and overdue.");
    expect(own.keys.some((key) => key.startsWith('chk-child-'))).toBe(false);
  });

  it('gives a bone density scan its own steps, not the screenings for one age', async () => {
    const en = await firstFive(
      'checkup',
      'Ask about osteoporosis',
      "I'm 60, my sister has osteoporosis and I fractured my ankle stepping off a kerb.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-bone-facts', 'chk-bone-ask']);
    expect(en.keys.some((key) => ['chk-01', 'chk-03', 'chk-06'].includes(key))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Сделать денситометрию',
      'Мне 59, сломала запястье, у мамы был остеопороз.',
      'ru',
    );
    expect(ru.keys).toContain('chk-bone-ask');
  });

  it("books a child's test as the child's appointment, without the parent's medicines or age screenings", async () => {
    const en = await firstFive(
      'checkup',
      'Get my daughter tested for a milk allergy',
      'She is three and gets a rash after yoghurt.',
    );
    expect(en.keys[0]).toBe('chk-child-book');
    expect(en.keys.some((key) => key === 'chk-05' || key === 'chk-06')).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Обследовать ребёнка на аллергию',
      'Сыну четыре, после орехов опухли губы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-child-book');
    expect(ru.keys.some((key) => key === 'chk-05' || key === 'chk-06')).toBe(false);
  });

  it('reads "ringing the surgery" as no hearing test, and tiredness as a symptom to book with the GP', async () => {
    const en = await firstFive(
      'checkup',
      'Finally see the GP about being tired all the time',
      'I keep putting off ringing the surgery.',
    );
    expect(en.keys.some((key) => key.startsWith('chk-hear-'))).toBe(false);
    expect(en.keys[0]).toBe('chk-sym-book');
    expect(en.keys).not.toContain('chk-spec-referral');
  });

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

  it('gives a vaccination its schedule and doses, not the list of routine check-ups', async () => {
    const ru = await firstFive(
      'checkup',
      'Сделать прививку от клещевого энцефалита до дачного сезона',
      'Ни разу не прививалась, а прошлым летом сняла с себя двух клещей. Дача под Екатеринбургом, ездим с апреля, и я слышала, что нужно две дозы с перерывом.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['chk-vac-schedule', 'chk-vac-book', 'chk-vac-tell']);
    expect(ru.keys.some((key) => ['chk-01', 'chk-03', 'chk-04', 'chk-06'].includes(key))).toBe(false);
    const en = await firstFive(
      'checkup',
      'Get my tetanus booster sorted',
      'It has been more than ten years since my last one, and I garden a lot.',
    );
    expect(en.keys[0]).toBe('chk-vac-schedule');
    // A fresh cut with the last jab unknown is a wound to have seen today, not a course to schedule.
    const cut = await firstFive(
      'checkup',
      'Get my tetanus booster sorted',
      'I cut my hand in the garden and have no idea when I last had one.',
    );
    expect(cut.keys[0]).toBe('chk-wound-today');
    // Catching up on check-ups in general keeps the list.
    const all = await firstFive(
      'checkup',
      'Get all my check-ups done this year',
      "I haven't been to a doctor in years.",
    );
    expect(all.keys).toContain('chk-01');
  });

  it('gives any other appointment the kind-general steps — which appointment, then booking it', async () => {
    for (const [title, description, locale] of [
      ['Получить справку для бассейна', 'Нужна к сентябрю, записываюсь в секцию.', 'ru'],
      ['Get a sports medical for my diving course', 'The dive school needs it signed before June.', 'en'],
    ] as const) {
      const steps = await firstFive('checkup', title, description, locale);
      expect(steps.keys.slice(0, 2)).toEqual(['chk-gen-which', 'chk-gen-book']);
      expect(steps.keys).not.toContain('chk-01');
    }
  });

  it('gives diabetic eye screening the letter, a way home without driving and the drops — not an optician test', async () => {
    const en = await firstFive(
      'checkup',
      'Get my diabetic eye screening done',
      "I'm type 2 and I've ignored the last two invitation letters because the drops make me nervous about driving home. I want to book it before the end of the month.",
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-deye-book', 'chk-deye-drops', 'chk-deye-ask', 'chk-deye-company']);
    expect(en.keys).not.toContain('chk-eyes-book');
    expect(en.keys).not.toContain('chk-eyes-notes');
    expect(en.text).toMatch(/drive/);
    expect(en.text).not.toMatch(/optician|screens/i);
    const ru = await firstFive(
      'checkup',
      'Сходить на осмотр глазного дна',
      'У меня диабет второго типа, эндокринолог дал направление, боюсь капель.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-deye-book');
    expect(ru.text).toMatch(/капл/);
    const glasses = await firstFive(
      'checkup',
      'Get my eyes tested',
      'My glasses feel weaker and my last test was three years ago.',
    );
    expect(glasses.keys).toContain('chk-eyes-book');
    expect(glasses.keys.some((key) => key.startsWith('chk-deye'))).toBe(false);
  });

  it('gives heavy periods the facts and the words for the call before any booking', async () => {
    const en = await firstFive(
      'checkup',
      'Finally see someone about my heavy periods',
      "They've been getting worse for two years and I plan my life around them. I keep putting off ringing the GP because I don't know what to say.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-gsym-facts', 'chk-gsym-words', 'chk-gsym-book']);
    expect(en.keys).not.toContain('chk-gyn-book');
    expect(en.keys).not.toContain('chk-sym-book');
    const ru = await firstFive(
      'checkup',
      'Сходить к врачу с болезненными месячными',
      'Каждый месяц пью таблетки и лежу два дня.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-gsym-facts');
    expect(ru.text).toMatch(/запис/);
    // A routine gynaecologist visit keeps its booking step.
    const routine = await firstFive('checkup', 'Go to the gynaecologist', "It's been a few years since my last visit.");
    expect(routine.keys).toContain('chk-gyn-book');
    expect(routine.keys).not.toContain('chk-gsym-facts');
  });

  it('names the goal as a goal in the which-appointment step, not as a noun that "takes" an appointment', async () => {
    const en = await firstFive('checkup', 'Get my flat feet checked', '');
    expect(en.keys[0]).toBe('chk-gen-which');
    expect(en.texts[0]).toMatch(/^For your goal 'Get my flat feet checked', find out which appointment you need/);
    expect(en.text).not.toMatch(/' takes/);
  });

  it('gives tests before IVF with the list in hand the list sorted and the partner talked to — not "which appointment"', async () => {
    const ru = await firstFive(
      'checkup',
      'Пройти обследование вместе с мужем перед ЭКО',
      'Нам обоим по 36, второй год не получается. Гинеколог дала список анализов на две страницы, а муж пока отмахивается от спермограммы.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['chk-fert-sort', 'chk-fert-talk', 'chk-fert-book', 'chk-fert-folder']);
    expect(ru.keys).not.toContain('chk-gen-which');
    expect(ru.keys).not.toContain('chk-fert-consult');
    const en = await firstFive(
      'checkup',
      'Get fertility tests done with my partner',
      "We've been trying for a baby for two years and haven't seen anyone yet.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-fert-consult', 'chk-fert-sort']);
    expect(en.keys).not.toContain('chk-gen-which');
    // A plain gynaecologist visit keeps its own booking step.
    const gyn = await firstFive('checkup', 'Сходить к гинекологу', 'Давно не была, хочу провериться.', 'ru');
    expect(gyn.keys).toContain('chk-gyn-book');
    expect(gyn.keys).not.toContain('chk-fert-sort');
  });

  it('gives bleeding gums the dentist with the words for it — not "which appointment" or a new lump', async () => {
    const ru = await firstFive('checkup', 'Кровоточат дёсны', 'Когда чищу зубы, на щётке кровь, уже месяц.', 'ru');
    expect(ru.keys.slice(0, 3)).toEqual(['chk-gum-book', 'chk-gum-notes', 'chk-gum-brush']);
    expect(ru.texts[0]).toMatch(/стоматолог/);
    expect(ru.keys).not.toContain('chk-gen-which');
    const en = await firstFive('checkup', 'My gums bleed when I brush', 'It has been going on for a few weeks.');
    expect(en.keys[0]).toBe('chk-gum-book');
    expect(en.keys).not.toContain('chk-urgent-call');
    expect(en.keys).not.toContain('chk-gen-which');
    // A routine dental check-up keeps its own steps.
    const dentist = await firstFive('checkup', 'Go to the dentist', "It's been two years since my last check-up.");
    expect(dentist.keys).toContain('chk-dent-plain-book');
    expect(dentist.keys).not.toContain('chk-gum-book');
  });

  it("gives a child's speech therapist visit the child's path — not the parent's own medicines or nerves", async () => {
    const ru = await firstFive(
      'checkup',
      'Показать четырёхлетнего сына логопеду',
      'Сын говорит мало и непонятно, в садике сказали сходить к логопеду.',
      'ru',
    );
    expect(ru.keys).not.toContain('chk-05');
    expect(ru.keys).not.toContain('chk-09');
    const en = await firstFive(
      'checkup',
      'Get my 4-year-old son seen by a speech therapist',
      'Nursery says his speech is behind.',
    );
    expect(en.keys).not.toContain('chk-05');
    // An adult's own specialist visit keeps the medicine list.
    const own = await firstFive('checkup', 'See a neurologist about my headaches', 'I take ibuprofen most days.');
    expect(own.keys).toContain('chk-05');
  });

  it('finds a doctor first for someone who has none — not "ask your GP practice"', async () => {
    const en = await firstFive(
      'checkup',
      "Get a physical, haven't had one since college",
      "My new job has insurance that covers an annual checkup. I don't even have a primary care doctor.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-find-doctor', 'chk-find-book']);
    expect(en.keys).not.toContain('chk-annual-book');
    const ru = await firstFive('checkup', 'Пройти чекап', 'Переехала, не прикреплена ни к какой поликлинике.', 'ru');
    expect(ru.keys[0]).toBe('chk-find-doctor');
    // Someone with a GP keeps the ordinary booking.
    const gp = await firstFive('checkup', 'Get an annual check-up', 'My GP practice is two streets away.');
    expect(gp.keys).toContain('chk-annual-book');
    expect(gp.keys).not.toContain('chk-find-doctor');
  });

  it("gives a child's snoring for the ENT a week of night notes — not the teacher and the board", async () => {
    const ru = await firstFive(
      'checkup',
      'Сводить дочку к лору — храпит и всё время дышит ртом',
      'Дочке пять, педиатр дала направление, очередь на три недели.',
      'ru',
    );
    expect(ru.keys).toContain('chk-child-night');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const en = await firstFive(
      'checkup',
      'Take my son to the ENT about his snoring',
      'He is four and breathes through his mouth.',
    );
    expect(en.keys).toContain('chk-child-night');
    expect(en.keys).not.toContain('chk-child-noticed');
    // An eye test for a child keeps the teacher's notes.
    const eyes = await firstFive(
      'checkup',
      "Book my daughter's eye test",
      'Her teacher says she squints at the board.',
    );
    expect(eyes.keys).toContain('chk-child-noticed');
    expect(eyes.keys).not.toContain('chk-child-night');
  });

  it('sends an animal bite or scratch to same-day care — never a vaccine course counted back from a date', async () => {
    const ru = await tap(
      'checkup',
      'Уколы от бешенства',
      'Позавчера в деревне меня укусила чужая собака за руку, рана небольшая.',
      'ru',
      ['Прививка'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-bite-wash', 'chk-bite-today']);
    expect(ru.keys).toContain('chk-bite-dates');
    expect(ru.keys).not.toContain('chk-vac-book');
    expect(ru.keys).not.toContain('chk-vac-schedule');
    expect(ru.keys).not.toContain('chk-02');
    const en = await tap(
      'checkup',
      'Sort out rabies jabs',
      'A stray cat scratched my arm on holiday two days ago.',
      'en',
      ['A vaccination'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-bite-wash', 'chk-bite-today']);
    expect(en.keys).not.toContain('chk-vac-book');
    // Filed under travel, the safety net still claims it.
    const trip = await firstFive('travel', 'Get seen after a monkey bit me in Ubud', 'We fly home next week.');
    expect(trip.keys[0]).toBe('chk-bite-wash');
    // Rabies jabs before a trip, with no bite, keep the course counted back from the date.
    const before = await tap('checkup', 'Rabies vaccination before my trip to Nepal', 'We leave in March.', 'en', [
      'A vaccination',
    ]);
    expect(before.keys).not.toContain('chk-bite-wash');
    expect(before.keys).toContain('chk-vac-schedule');
  });

  it('gives a one-dose jab (flu, a booster) one booking — no schedule of doses and no next dose', async () => {
    const en = await tap('checkup', 'Have the flu shot this autumn', 'First time; I have COPD.', 'en', [
      'A vaccination',
    ]);
    expect(en.keys[0]).toBe('chk-vac-one-book');
    expect(en.keys).toContain('chk-vac-one-year');
    expect(en.keys).not.toContain('chk-vac-schedule');
    expect(en.keys).not.toContain('chk-vac-next');
    const ru = await tap('checkup', 'Поставить прививку от гриппа', 'Никогда не ставила, работаю в школе.', 'ru', [
      'Прививка',
    ]);
    expect(ru.keys[0]).toBe('chk-vac-one-book');
    expect(ru.keys).not.toContain('chk-vac-next');
    // A three-dose course keeps its schedule.
    const course = await tap(
      'checkup',
      'Get the hepatitis B vaccination',
      'I start nursing school in September.',
      'en',
      ['A vaccination'],
    );
    expect(course.keys).toContain('chk-vac-schedule');
    expect(course.keys).not.toContain('chk-vac-one-book');
  });

  it('asks whether a specialist needs a referral before booking this week', async () => {
    const ru = await tap(
      'checkup',
      'Дойти до ортопеда — болит пятка',
      'Мне 52, весь день на ногах. Полгода утром первые шаги как по гвоздям. Выходной у меня один, в среду.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-spec-referral', 'chk-02']);
    const en = await tap('checkup', 'See a rheumatologist about my joints this week', '', 'en', [
      'Getting to see a specialist',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['chk-spec-referral', 'chk-02']);
    // A GP visit this week keeps the booking first.
    const gp = await firstFive('checkup', 'Go to the GP this week about my cough', '');
    expect(gp.keys[0]).toBe('chk-02');
    expect(gp.keys).not.toContain('chk-spec-referral');
  });

  it('compares the places for a scan before booking one — no "take the earliest slot" first', async () => {
    const ru = await tap(
      'checkup',
      'Сделать МРТ колена',
      'Травматолог направил на МРТ, по ОМС очередь на два месяца, платно 6 тысяч. В субботу опять зовут играть.',
      'ru',
      ['МРТ, гастроскопия'],
    );
    expect(ru.keys[0]).toBe('chk-proc-where');
    expect(ru.keys).not.toContain('chk-02');
    const en = await tap(
      'checkup',
      'Get my knee MRI done this week',
      'The GP referred me for an MRI; the NHS wait is eight weeks.',
      'en',
      ['An MRI'],
    );
    expect(en.keys[0]).toBe('chk-proc-where');
    expect(en.keys).not.toContain('chk-02');
    // A GP visit this week keeps the booking first.
    const gp = await firstFive('checkup', 'Go to the GP this week about my cough', '');
    expect(gp.keys[0]).toBe('chk-02');
  });

  it("asks about a child's teeth and the last visit for the dentist — not the teacher and the board", async () => {
    const ru = await tap(
      'checkup',
      'Сводить дочку к стоматологу, а она боится кресла',
      'Дочке пять, зуб уже темнеет. В прошлый раз в поликлинике её держали втроём.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys).toContain('chk-child-teeth');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const en = await tap('checkup', 'Take my 5-year-old to the dentist', 'One of her teeth has gone dark.', 'en', [
      'An appointment for my child',
    ]);
    expect(en.keys).toContain('chk-child-teeth');
    expect(en.keys).not.toContain('chk-child-noticed');
    // An eye test for a child keeps the teacher's notes.
    const eyes = await tap('checkup', "Get my son's eyes tested", 'He squints at the board, the teacher says.', 'en', [
      'An appointment for my child',
    ]);
    expect(eyes.keys).toContain('chk-child-noticed');
    expect(eyes.keys).not.toContain('chk-child-teeth');
  });

  it("finds out the free route and one price before booking a child's visit when the cost or wait is named", async () => {
    const ru = await tap(
      'checkup',
      'Сводить дочку к стоматологу',
      'Дочке пять, зуб темнеет. Платная детская стоматология есть, но дорого.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-child-cost', 'chk-child-book']);
    expect(ru.keys).not.toContain('chk-child-route');
    const en = await tap(
      'checkup',
      "Get my daughter's teeth checked",
      'Private is expensive and the NHS waiting list is months.',
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-child-cost', 'chk-child-book']);
    // No price or wait named: the booking leads and the options come later.
    const plain = await tap('checkup', 'Take my son for his booster', 'He is four.', 'en', [
      'An appointment for my child',
    ]);
    expect(plain.keys[0]).toBe('chk-child-book');
    expect(plain.keys).not.toContain('chk-child-cost');
  });

  it('sends hearing lost in one ear to the ENT with its story — no hearing-aid questions', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к лору, стал хуже слышать на одно ухо',
      'уже месяца три правое ухо как ватой заложено, жена говорит телевизор ору',
      'ru',
      ['Проверка слуха'],
    );
    // one ear goes to the GP or the ENT first (`chk-hear-one-gp`), not to a free hearing check at a shop.
    expect(ru.keys).toContain('chk-hear-one-gp');
    expect(ru.keys).not.toContain('chk-hear-book');
    expect(ru.keys).toContain('chk-hear-one-ear');
    expect(ru.keys).not.toContain('chk-hear-aids');
    expect(ru.text).not.toContain('слухового аппарата');
    const en = await tap(
      'checkup',
      'Get my hearing checked',
      'My left ear has felt muffled, like cotton wool, for three months.',
      'en',
      ['A hearing test'],
    );
    expect(en.keys).toContain('chk-hear-one-ear');
    expect(en.keys).not.toContain('chk-hear-aids');
    expect(en.text).toContain('get seen today');
    // Hearing worse in general, hearing aids feared: the questions about them stay.
    const both = await tap(
      'checkup',
      'Get my hearing tested',
      "My wife says the telly is too loud, and I don't want hearing aids.",
      'en',
      ['A hearing test'],
    );
    expect(both.keys).toContain('chk-hear-aids');
    expect(both.keys).not.toContain('chk-hear-one-ear');
  });

  it('books and prepares a toddler round the nap — no school hours, jab or picture chart', async () => {
    const ru = await tap(
      'checkup',
      'Проверить слух сыну — не откликается на имя',
      'Сыну год и десять, на имя оборачивается через раз, а на мультик из соседней комнаты прибегает. Детский сурдолог по ОМС только через два месяца.',
      'ru',
      ['Записать и сводить ребёнка к врачу'],
    );
    expect(ru.keys).toContain('chk-child-book-small');
    expect(ru.keys).toContain('chk-child-ready-small');
    expect(ru.keys).not.toContain('chk-child-book');
    expect(ru.keys).not.toContain('chk-child-ready');
    expect(ru.keys).not.toContain('chk-child-noticed');
    expect(ru.text).not.toContain('школ');
    expect(ru.text).not.toContain('картинки на таблице');
    const en = await tap(
      'checkup',
      "Get my daughter's hearing checked",
      "She's 20 months old and doesn't turn when we call her name.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book-small');
    expect(en.keys).not.toContain('chk-child-book');
    expect(en.text).not.toContain('school');
    // A schoolchild's eye test keeps the school-hours booking and the picture chart.
    const school = await tap(
      'checkup',
      "Get my son's eyes tested",
      "He's 8 and the teacher says he squints at the board.",
      'en',
      ['An appointment for my child'],
    );
    expect(school.keys).toContain('chk-child-book');
    expect(school.keys).not.toContain('chk-child-book-small');
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

  it('sends signs of a stroke to the emergency line today, even when they passed — for oneself or a parent', async () => {
    const en = await tap(
      'checkup',
      'Get Dad seen by a neurologist',
      "Last night his face drooped on one side and his speech was slurred for about ten minutes, then it passed. He's 80 and says it was nothing.",
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-stroke-now', 'chk-stroke-notes', 'chk-stroke-again', 'chk-stroke-after']);
    expect(en.texts[0]).toMatch(/emergency/);
    for (const key of [...ROUTINE, 'chk-05', 'chk-spec-referral']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Записать папу к неврологу',
      'Позавчера у папы минут десять язык заплетался и рука отнялась, потом отпустило. Говорит, устал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-stroke-now');
    expect(ru.texts[0]).toMatch(/103/);
    for (const key of [...ROUTINE, 'chk-05']) expect(ru.keys).not.toContain(key);
    // A stroke years ago is no sign today: the blood pressure check keeps its path.
    const near = await tap(
      'checkup',
      'Get my blood pressure checked',
      'I had a stroke two years ago and want to keep on top of it.',
      'en',
      ['A blood pressure'],
    );
    expect(near.keys).not.toContain('chk-stroke-now');
    expect(near.keys).toContain('chk-heart-book');
  });

  it('sends sudden flashes, floaters or a shadow in one eye to same-day eye care — never a routine eye test', async () => {
    const en = await tap(
      'checkup',
      'Get my right eye checked',
      'Since yesterday I keep seeing flashes of light and a dark curtain is coming down over part of my vision.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'chk-eyesign-today',
      'chk-eyesign-ride',
      'chk-eyesign-notes',
      'chk-eyesign-after',
    ]);
    for (const key of [...ROUTINE, 'chk-10']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Показать глаз окулисту',
      'Третий день вспышки в глазу и как шторка сбоку, запись в оптику только через две недели.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-eyesign-today');
    expect(ru.keys).not.toContain('chk-eyes-book');
    // Tired eyes and weak glasses keep the routine eye test; hot flashes are no flashes of light.
    const near = await tap(
      'checkup',
      'Book an eye test',
      'My glasses feel weak and I get tired eyes after screens.',
      'en',
    );
    expect(near.keys[0]).toBe('chk-eyes-book');
    const flushes = await tap('checkup', 'See the GP about hot flashes', "I'm 51, hot flashes every night.", 'en');
    expect(flushes.keys).not.toContain('chk-eyesign-today');
  });

  it('sees chest pressure on exertion today in a check-up goal, and reads it in a runner — no waiting it out', async () => {
    const en = await tap(
      'checkup',
      'Get my heart checked',
      'For three weeks, walking up the hill to the bus stop, I get a squeezing in my chest that goes down my left arm; it eases when I stand still. The GP has nothing for a month.',
      'en',
      ['A blood pressure'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-flag-today', 'chk-flag-until', 'chk-flag-notes']);
    expect(en.texts[0]).toMatch(/emergency services/);
    for (const key of ROUTINE) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Сходить к кардиологу',
      'Когда иду быстро к автобусу, в груди давит и отдаёт в левую руку, постою — отпускает. Записалась на следующий месяц.',
      'ru',
      ['Проверить давление'],
    );
    expect(ru.keys[0]).toBe('chk-flag-today');
    expect(ru.keys).not.toContain('chk-heart-measure');
    const runner = await tap(
      'sport',
      'Пробежать полумарафон осенью',
      'Бегаю три года, на длинных после 15 км сдавливает грудь, проходит, если перейти на шаг.',
      'ru',
      ['Полумарафон', 'Бег'],
    );
    expect(runner.keys[0]).toBe('sport-redflag-doctor');
    expect(runner.keys).not.toContain('sport-07');
    // Blood pressure that jumps, with no sign on exertion, keeps the heart check.
    const near = await tap('checkup', 'Проверить давление', 'Давление скачет, голова болит по утрам.', 'ru', [
      'Проверить давление',
    ]);
    expect(near.keys[0]).toBe('chk-heart-book');
    expect(near.keys).not.toContain('chk-flag-today');
    const nearRunner = await tap(
      'sport',
      'Пробежать полумарафон осенью',
      'Бегаю три года, хочу выбежать из двух часов.',
      'ru',
      ['Полумарафон', 'Бег'],
    );
    expect(nearRunner.keys).not.toContain('sport-redflag-doctor');
  });

  it('sees a dirty wound and the tetanus booster today — no course counted back from a date', async () => {
    const en = await tap(
      'checkup',
      'Get a tetanus jab',
      'Cut my hand on rusty wire fencing the paddock this morning; no idea when my last one was.',
      'en',
      ['A vaccination'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-wound-today', 'chk-wound-clean', 'chk-wound-record', 'chk-wound-watch']);
    for (const key of ['chk-vac-schedule', 'chk-vac-book', 'chk-vac-next']) expect(en.keys).not.toContain(key);
    expect(en.asked).toEqual([]);
    const ru = await tap(
      'checkup',
      'Поставить прививку от столбняка',
      'Вчера на даче напоролся на гвоздь, прививку делали лет двадцать назад.',
      'ru',
      ['Прививка'],
    );
    expect(ru.keys[0]).toBe('chk-wound-today');
    expect(ru.keys).not.toContain('chk-vac-book');
    // A booster before a trip, with no wound, keeps the vaccination steps.
    const near = await tap(
      'checkup',
      'Get my tetanus booster before the trip',
      'Going to Peru in May; the clinic says my last one was 12 years ago.',
      'en',
      ['A vaccination'],
    );
    expect(near.keys[0]).toBe('chk-vac-schedule');
    expect(near.keys).not.toContain('chk-wound-today');
  });

  it('pins down a screening that comes on a set day — not "ask at your clinic reception"', async () => {
    const en = await tap(
      'checkup',
      'Get my lungs checked when the mobile screening unit visits',
      'It parks at the leisure centre on the 14th. I was a welder for 25 years.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['chk-event-when', 'chk-event-go', 'chk-event-after']);
    expect(en.keys).not.toContain('chk-gen-which');
    const ru = await tap(
      'checkup',
      'Сходить на флюорографию, когда приедет передвижной флюорограф',
      'Он будет у сельсовета в следующую среду.',
      'ru',
    );
    expect(ru.keys[0]).toBe('chk-event-when');
    expect(ru.keys).not.toContain('chk-gen-which');
    // A test booked at a clinic keeps the kind's default.
    const near = await tap('checkup', 'Book a lung function test', 'My GP wants one because I get breathless.', 'en');
    expect(near.keys[0]).toBe('chk-gen-which');
    expect(near.keys).not.toContain('chk-event-when');
  });

  it('gives a routine check for a paper its list and hand-in after the booking — no symptom diary, no list of medicines', async () => {
    const en = await tap(
      'checkup',
      'Get a chest X-ray',
      'My new employer requires it before I start in the kitchen next week.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(['chk-gen-which', 'chk-gen-book', 'chk-paper-what', 'chk-paper-hand']);
    expect(en.keys).not.toContain('chk-04');
    expect(en.keys).not.toContain('chk-05');
    const ru = await tap(
      'checkup',
      'Сдать анализы для медкнижки',
      'Устраиваюсь поваром в столовую, нужно до понедельника.',
      'ru',
    );
    expect(ru.keys).toContain('chk-paper-what');
    expect(ru.keys).not.toContain('chk-04');
    expect(ru.keys).not.toContain('chk-05');
    // A chest X-ray about a cough keeps the symptom notes.
    const near = await tap('checkup', 'Пройти флюорографию', 'Давно не делал, кашляю по утрам.', 'ru');
    expect(near.keys).not.toContain('chk-paper-what');
    expect(near.keys).toContain('chk-04');
  });

  it('sends a tooth with a swollen jaw or a mouth that will not open to care today — no routine dental list', async () => {
    const en = await tap(
      'checkup',
      'Get my wisdom tooth sorted',
      "It's been aching for a week, now my cheek is swollen and I can't open my mouth properly. I'll wait until I get paid at the end of the month.",
      'en',
      ['Check-ups'],
    );
    expect(en.keys.slice(0, 4)).toEqual(SWELL);
    for (const key of ROUTINE2) expect(en.keys).not.toContain(key);
    expect(en.texts[0]).toMatch(/today/);
    const ru = await tap(
      'checkup',
      'Вылечить зуб до отпуска',
      'Третий день флюс, щека опухла, больно глотать. Хочу дотерпеть до понедельника, пью таблетки, которые остались от мужа.',
      'ru',
      ['Обследования'],
    );
    expect(ru.keys[0]).toBe('chk-swell-today');
    expect(ru.keys).toContain('chk-swell-meds');
    for (const key of ROUTINE2) expect(ru.keys).not.toContain(key);
    // A chipped tooth with no swelling keeps the dental steps.
    const near = await tap(
      'checkup',
      'Go to the dentist about a chipped tooth',
      'It does not hurt, it just looks bad.',
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('chk-swell'))).toEqual([]);
  });

  it('sends a fever or a headache after a tick bite to a doctor today — never "find out which appointment"', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к врачу из-за клеща',
      'Пять дней назад на даче впился клещ, вытащила сама, прививку не делала. Сегодня болит голова и температура 37,8.',
      'ru',
      ['Обследования'],
    );
    expect(ru.keys[0]).toBe('chk-tick-today');
    expect(ru.keys).toContain('chk-tick-notes');
    for (const key of ROUTINE2) expect(ru.keys).not.toContain(key);
    expect(ru.texts[0]).toMatch(/103/);
    const en = await tap(
      'checkup',
      'Get checked after a tick bite',
      'I found a tick on my leg after hiking last week. Since yesterday I have a fever and my neck is stiff.',
      'en',
      ['Check-ups'],
    );
    expect(en.keys[0]).toBe('chk-tick-today');
    expect(en.keys).not.toContain('chk-tick-soon');
    // No sign yet: the bite told to a doctor today, and four weeks of watching.
    const calm = await tap(
      'checkup',
      'Провериться после укуса клеща',
      'Вчера вытащил клеща с плеча, чувствую себя хорошо.',
      'ru',
      ['Обследования'],
    );
    expect(calm.keys.slice(0, 3)).toEqual(['chk-tick-soon', 'chk-tick-notes', 'chk-tick-watch']);
    expect(calm.keys).not.toContain('chk-tick-today');
    // The vaccination before the season keeps its course.
    const near = await tap(
      'checkup',
      'Сделать прививку от клещевого энцефалита',
      'Хочу успеть до дачного сезона в мае.',
      'ru',
      ['Прививка'],
    );
    expect(near.keys[0]).toBe('chk-vac-schedule');
    expect(near.keys.filter((key) => key.startsWith('chk-tick'))).toEqual([]);
  });

  it('asks no cycle day past the menopause, and bleeding after it gets the earliest slot', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к гинекологу',
      'Мне 61, месячных нет уже восемь лет, а на прошлой неделе появились коричневые выделения.',
      'ru',
      ['Визит к гинекологу'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-pmb-book', 'chk-pmb-notes']);
    expect(ru.keys).not.toContain('chk-gyn-book');
    expect(ru.keys).not.toContain('chk-gyn-notes');
    expect(ru.text).not.toMatch(/день цикла/);
    const en = await tap(
      'checkup',
      'See a gynaecologist',
      "I'm 58, my periods stopped five years ago, and now there's some spotting.",
      'en',
      ['A gynaecologist visit'],
    );
    expect(en.keys[0]).toBe('chk-pmb-book');
    expect(en.text).not.toMatch(/your cycle/);
    // Past the menopause with nothing wrong: booked without a cycle day.
    const meno = await tap(
      'checkup',
      'Book a gynaecologist check-up',
      "I'm 63, went through the menopause ten years ago, it's just a routine check.",
      'en',
      ['A gynaecologist visit'],
    );
    expect(meno.keys).toContain('chk-gyn-book-meno');
    expect(meno.keys).not.toContain('chk-gyn-book');
    expect(meno.keys.filter((key) => key.startsWith('chk-pmb'))).toEqual([]);
    // Still having periods: the cycle day stays.
    const near = await tap('checkup', 'Book a gynaecologist', "I'm 30 and want to change my contraception.", 'en', [
      'A gynaecologist visit',
    ]);
    expect(near.keys).toContain('chk-gyn-book');
    expect(near.keys).not.toContain('chk-gyn-book-meno');
  });

  it("reads a child's missed jabs as the child's visit — the record and a catch-up plan, not the parent's questions", async () => {
    const ru = await tap(
      'checkup',
      'Сделать дочке прививки по календарю',
      'Дочке три года, после года прививки не делали — бабушка была против. Весной идём в садик.',
      'ru',
      ['Обследования', 'Записать'],
    );
    expect(ru.keys).toContain('chk-child-jabs-plan');
    expect(ru.keys).toContain('chk-child-jabs-ask');
    for (const key of ['chk-vac-tell', 'chk-05', 'chk-child-noticed', 'chk-child-noticed-small'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'checkup',
      'Catch up on vaccinations',
      "My son is 2 and we skipped the ones after his first birthday; I'd like to vaccinate my son before nursery.",
      'en',
      ['Check-ups', 'An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-jabs-plan');
    expect(en.keys).not.toContain('chk-vac-tell');
    // A child's eye test keeps what was noticed at school.
    const near = await tap('checkup', "Get my daughter's eyes tested", 'She squints at the board, she is 8.', 'en', [
      'An appointment for my child',
    ]);
    expect(near.keys).toContain('chk-child-noticed');
    expect(near.keys.filter((key) => key.startsWith('chk-child-jabs'))).toEqual([]);
  });

  it("notes a toddler's tongue and a child's heights for the visit — not the teacher and the board", async () => {
    const en = await tap(
      'checkup',
      "Have my daughter's tongue tie looked at",
      "She's 11 months and can't lift her tongue; feeds were slow from the start.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book-small');
    expect(en.keys).toContain('chk-child-noticed-tongue');
    for (const key of ['chk-child-book', 'chk-child-noticed', 'chk-child-ready']) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/before deciding/);
    const ru = await tap('checkup', 'Проверить уздечку у сына', 'Сыну 13 месяцев, язык не высовывает.', 'ru', [
      'Записать',
    ]);
    expect(ru.keys).toContain('chk-child-noticed-tongue');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const growthRu = await tap(
      'checkup',
      'Сводить дочку к эндокринологу',
      'Дочке 8, она ниже всех в классе, педиатр говорит ждать.',
      'ru',
      ['Записать'],
    );
    expect(growthRu.keys).toContain('chk-child-noticed-growth');
    expect(growthRu.keys).not.toContain('chk-child-noticed');
    const growthEn = await tap(
      'checkup',
      "Get my son's height checked",
      "He's 10 and the shortest in his class by a head.",
      'en',
      ['An appointment for my child'],
    );
    expect(growthEn.keys).toContain('chk-child-noticed-growth');
    // A child's eye test keeps what was noticed at school.
    const near = await tap('checkup', "Get my son's eyes tested", 'He squints at the board, he is 9.', 'en', [
      'An appointment for my child',
    ]);
    expect(near.keys).toContain('chk-child-noticed');
    expect(near.keys.filter((key) => key.endsWith('-tongue') || key.endsWith('-growth'))).toEqual([]);
  });

  it('has a sore that will not heal seen within days and protected meanwhile, and asks for medicines stopped', async () => {
    const en = await tap(
      'checkup',
      'See someone about my heel',
      "There's a sore on my heel that hasn't healed in six weeks. I'm diabetic.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-sore-soon', 'chk-sore-care']);
    expect(en.keys).not.toContain('chk-gen-which');
    expect(en.keys).not.toContain('chk-gen-book');
    const ru = await tap(
      'checkup',
      'Показать ногу врачу',
      'На стопе ранка, не заживает уже месяц. Таблетки от сахара давно бросил.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('chk-sore-soon');
    expect(ru.keys).toContain('chk-05');
    expect(ru.texts[ru.keys.indexOf('chk-05')]).toMatch(/бросил/);
    // A routine check-up keeps finding the appointment first.
    const near = await tap('checkup', 'Book a check-up with my GP', "It's been three years since my last one.", 'en', [
      'None',
    ]);
    expect(near.keys.filter((key) => key.startsWith('chk-sore'))).toEqual([]);
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

  it('sends a swollen, warm calf after a long flight to a same-day check for a clot — never a routine booking', async () => {
    const ru = await tap(
      'checkup',
      'Показаться хирургу насчёт ноги',
      'Мне 58. Три дня назад прилетела из Новосибирска, и правая икра опухла, болит и будто горячая. Записи к хирургу ждать две недели.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-clot-today', 'chk-clot-notes']);
    expect(ru.texts[0]).toMatch(/сегодня/);
    for (const key of ROUTINE3) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'checkup',
      'Get my leg looked at',
      "Since my knee operation last week one leg is swollen and warm, and the calf feels hot. My follow-up isn't until next month.",
      'en',
    );
    expect(en.keys[0]).toBe('chk-clot-today');
    expect(en.texts[0]).toMatch(/today/);
    for (const key of ROUTINE3) expect(en.keys).not.toContain(key);
    // Varicose veins with no swelling or heat are a routine visit.
    const near = await tap(
      'checkup',
      'See a vein specialist about my varicose veins',
      "They've been there for years and ache after long shifts; I'd like to know my options.",
      'en',
    );
    expect(near.keys).not.toContain('chk-clot-today');
  });

  it("books a child named by age as the child's visit, prepares a talking visit as one, and asks the right things at a hepatitis test", async () => {
    const en = await tap(
      'checkup',
      'Get Maya seen about her stammer',
      "She's 6 and it's got worse since she started school; her teacher noticed too.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book');
    for (const key of ['chk-05', 'chk-09', 'chk-child-ready']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'checkup',
      'Сводить дочку к психологу',
      'Дочке восемь, после переезда не спит одна и часто плачет, записались в центр.',
      'ru',
      ['Записать'],
    );
    expect(ru.keys).toContain('chk-child-ready-talk');
    expect(ru.keys).not.toContain('chk-child-ready');
    // A child's jabs keep "a quick scratch in your arm".
    const jabs = await tap('checkup', "Get my son's booster jabs done", 'He is 5 and missed the last ones.', 'en', [
      'An appointment for my child',
    ]);
    expect(jabs.keys).toContain('chk-child-ready');

    const hep = await tap('checkup', 'Get checked for hepatitis C', 'I had a tattoo abroad years ago.', 'en', []);
    expect(hep.keys).toContain('chk-infect-ask');
    expect(hep.keys).not.toContain('chk-05');
    const ruHep = await tap(
      'checkup',
      'Сдать анализ на гепатит',
      'У отца гепатит B, я никогда не проверялась.',
      'ru',
      [],
    );
    expect(ruHep.keys).toContain('chk-infect-ask');
    expect(ruHep.keys).not.toContain('chk-05');
    // A GP visit about one's own health keeps the medicines list.
    const gp = await tap(
      'checkup',
      'See the GP about my blood pressure pills',
      'I take three different tablets.',
      'en',
      ['The GP'],
    );
    expect(gp.keys).toContain('chk-05');
    expect(gp.keys).not.toContain('chk-infect-ask');

    const cough = await tap('checkup', 'See someone about my cough', "It won't go away, three months now.", 'en', [
      'A pain',
    ]);
    const at = cough.keys.indexOf('chk-sym-book');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(cough.texts[at]).toMatch(/with your GP — or, for pain or stiffness in a joint, a muscle or your back/);
  });

  it("books a routine dermatology visit for a long-standing skin condition, not a changed mole's urgent slot", async () => {
    const en = await steps(
      'checkup',
      'See a dermatologist about my eczema',
      'The patches on my hands and the backs of my knees have been getting worse all winter and nothing from the chemist helps.',
      'en',
      ['A mole'],
    );
    expect(en).toContain('chk-skinc-book');
    expect(en).toContain('chk-skinc-notes');
    for (const key of ['chk-skin-book', 'chk-skin-route', 'chk-skin-notes', 'chk-skin-until'])
      expect(en).not.toContain(key);
    const ru = await steps(
      'checkup',
      'Записаться к дерматологу с псориазом',
      'Бляшки на коленях и в волосах уже третий год, кремы из аптеки не помогают.',
      'ru',
      ['Родинка'],
    );
    expect(ru).toContain('chk-skinc-book');
    expect(ru).not.toContain('chk-skin-book');
    // A mole that has changed keeps the urgent booking.
    const mole = await steps(
      'checkup',
      'Get a mole checked',
      'One on my back has got darker and bigger since the summer.',
      'en',
      ['A mole'],
    );
    expect(mole).toContain('chk-skin-book');
    expect(mole).not.toContain('chk-skinc-book');
  });

  it('with a late period, repeats the test, asks for the earliest visit and calls the prescriber — no cycle-day booking', async () => {
    const en = await steps(
      'checkup',
      'See a gynaecologist, my period is late',
      "It's ten days late and the test had a faint second line, I'm not sure. I'm on tablets for my skin from a dermatologist.",
      'en',
    );
    expect(en.slice(0, 3)).toEqual(['chk-late-test', 'chk-late-book', 'chk-late-meds']);
    expect(en).not.toContain('chk-gyn-book');
    const ru = await steps(
      'checkup',
      'Сходить к гинекологу, у меня задержка',
      'Задержка уже неделю, тест показал слабую полоску. Пью таблетки, которые назначил эндокринолог.',
      'ru',
    );
    expect(ru).toContain('chk-late-book');
    expect(ru).toContain('chk-late-meds');
    expect(ru).not.toContain('chk-gyn-book');
    // A yearly check keeps the booking by cycle day.
    const yearly = await steps(
      'checkup',
      'Book my yearly gynaecologist check',
      "It's been two years since my last check-up.",
      'en',
      ['A gynae'],
    );
    expect(yearly[0]).toBe('chk-gyn-book');
    expect(withPrefix(yearly, 'chk-late-')).toEqual([]);
    // A positive test for an infection is no late period.
    const sti = await steps(
      'checkup',
      'Get treated after a positive chlamydia test',
      'The home kit came back positive yesterday and I need to see someone.',
      'en',
    );
    expect(withPrefix(sti, 'chk-late-')).toEqual([]);
  });

  it('reads a cough from dust at work as a dust cough, with the same-day signs, not chest pain on exertion', async () => {
    const en = await steps(
      'checkup',
      'See someone about my cough',
      'I work in a flour mill and every winter I get a cough and a tight chest; the flour dust makes it worse.',
      'en',
    );
    expect(ownSteps(en).slice(0, 3)).toEqual(['chk-dust-book', 'chk-dust-notes', 'chk-dust-mask']);
    expect(withPrefix(en, 'chk-flag-')).toEqual([]);
    const ru = await steps(
      'checkup',
      'Провериться из-за кашля',
      'Работаю на элеваторе, каждую уборочную кашель и стеснение в груди, зерновая пыль забивается везде.',
      'ru',
    );
    expect(ownSteps(ru)[0]).toBe('chk-dust-book');
    expect(withPrefix(ru, 'chk-flag-')).toEqual([]);
    // A tight chest on the stairs keeps the same-day steps.
    const heart = await steps('checkup', 'Get my chest checked', 'When I climb the stairs my chest gets tight.', 'en');
    expect(ownSteps(heart)[0]).toBe('chk-flag-today');
  });

  it('keeps the dentist away when bleeding gums are one sign among bruises sent to a haematologist', async () => {
    const ru = await tap(
      'checkup',
      'Дождаться приёма у гематолога',
      'Синяки появляются без причины, дёсны кровят при чистке, терапевт дала направление, запись через три недели.',
      'ru',
      ['Ничего'],
    );
    expect(withPrefix(ru.keys, 'chk-dent-')).toEqual([]);
    expect(withPrefix(ru.keys, 'chk-gum-')).toEqual([]);
    const en = await tap(
      'checkup',
      'Get seen by a haematologist about the bruises',
      'Bruises keep appearing on my legs and my gums bleed when I brush my teeth.',
      'en',
      ['None'],
    );
    expect(withPrefix(en.keys, 'chk-dent-')).toEqual([]);
    expect(withPrefix(en.keys, 'chk-gum-')).toEqual([]);
    // Bleeding gums on their own go to the dentist.
    const near = await tap(
      'checkup',
      'Сходить к стоматологу — кровоточат дёсны',
      'Когда чищу зубы, дёсны кровят.',
      'ru',
      ['Кровоточат'],
    );
    expect(near.keys[0]).toBe('chk-gum-book');
  });

  it('asks for a carrier test by name and for both partners — no list of every medicine', async () => {
    const en = await tap(
      'checkup',
      'Get a genotype test before we get married',
      "My fiancé is AS and I don't know mine; the clinic near us isn't sure which test I need.",
    );
    expect(en.keys[0]).toBe('chk-carrier-test');
    expect(en.keys).toContain('chk-carrier-both');
    expect(en.keys).not.toContain('chk-05');
    const ru = await tap(
      'checkup',
      'Сдать анализ на носительство талассемии перед беременностью',
      'У мужа в семье была талассемия, хотим ребёнка в следующем году.',
      'ru',
    );
    expect(ru.keys).toContain('chk-carrier-test');
    expect(ru.keys).not.toContain('chk-05');
    const near = await tap('checkup', 'See the GP about my knee', "It's been sore for a month.");
    expect(withPrefix(near.keys, 'chk-carrier-')).toEqual([]);
  });

  it('books about severe period pain with words for the pain and asks about endometriosis and a referral', async () => {
    const en = await tap(
      'checkup',
      'Get someone to take my period pain seriously',
      "I'm 26, a hairdresser in Derry, and I lose at least a day every month curled up on the bathroom floor, sometimes throwing up. Two GPs have told me it's normal and put me on the pill, which barely changed anything. My mum and my aunt both had endometriosis. I want to go in with a proper record this time and actually get referred.",
      'en',
      ['Check-ups', 'Heavy or painful'],
    );
    expect(en.keys).toContain('chk-gsym-words-pain');
    expect(en.keys).not.toContain('chk-gsym-words');
    expect(en.texts.join(' ')).not.toMatch(/heavy periods/);
    const ru = await tap(
      'checkup',
      'Добиться, чтобы гинеколог отнёсся к болям всерьёз',
      'Болезненные месячные: каждый месяц лежу пластом и тошнит, обезболивающие не помогают. У мамы эндометриоз.',
      'ru',
      ['Обильные или болезненные'],
    );
    expect(ru.keys).toContain('chk-gsym-words-pain');
    // Heavy bleeding without the pain keeps the heavy-periods words.
    const near = await tap(
      'checkup',
      'See a doctor about my heavy periods',
      'They have got heavier for two years and I flood through at night.',
      'en',
      ['Heavy or painful'],
    );
    expect(near.keys).toContain('chk-gsym-words');
    expect(near.keys).not.toContain('chk-gsym-words-pain');
  });

  it("takes a toddler's teeth to a child's dentist visit, not the GP-or-physio booking or an anxious adult's dentist", async () => {
    const en = await tap(
      'checkup',
      "Get Mia's front teeth looked at, they're going brown",
      "Mia is two and a half and her top front teeth have gone brown near the gums, and one's chipped. We're in Moree, and when I rang about the dental van they said it comes out to the school and the AMS but there's a wait. She still has a bottle of juice to go to sleep, it's the only way she settles. I'm 28, on my own with her and her baby brother, no car.",
      'en',
      ['Check-ups', 'The dentist'],
    );
    expect(en.keys).not.toContain('chk-sym-book');
    expect(withPrefix(en.keys, 'chk-dent-')).toEqual([]);
    // The bedtime bottle's hazard leads with the dentist booked (it drops `chk-kidteeth-book`); the kind's own steps follow.
    expect(en.keys).toEqual(expect.arrayContaining(['chk-kidteeth-note', 'chk-kidteeth-brush']));
    const ru = await tap(
      'checkup',
      'Показать стоматологу молочные зубы',
      'У дочки потемнели передние зубки, ей два с половиной.',
      'ru',
      ['Стоматолог'],
    );
    expect(withPrefix(ru.keys, 'chk-dent-')).toEqual([]);
    expect(ru.keys).toContain('chk-kidteeth-book');
    // An adult's own teeth keep the adult dentist's path.
    const near = await tap(
      'checkup',
      'Go to the dentist for the first time in years',
      "I'm terrified of the drill.",
      'en',
      ['The dentist'],
    );
    expect(withPrefix(near.keys, 'chk-dent-').length).toBeGreaterThan(0);
  });

  it('gives a home test kit no appointment steps, and a wait or a price in the way the booking routes', async () => {
    const kit = await tap(
      'checkup',
      'Actually do the bowel screening kit',
      "The government sent me the bowel cancer screening kit back in February and it's been sitting in the drawer. My older brother had polyps removed.",
      'en',
      ['A home test kit to send back'],
    );
    expect(kit.keys).not.toContain('chk-09');
    expect(kit.keys).not.toContain('chk-10');
    expect(kit.keys).toContain('chk-kit-next');
    const kitRu = await tap(
      'checkup',
      'Сдать домашний тест на скрытую кровь',
      'Набор пришёл по почте месяц назад, лежит в шкафу.',
      'ru',
      ['Домашний тест, который надо отправить'],
    );
    expect(kitRu.keys).not.toContain('chk-09');
    expect(kitRu.keys).not.toContain('chk-10');
    const ru = await tap(
      'checkup',
      'Наконец дойти до эндокринолога',
      'В анализах ТТГ повышен, терапевт сказал сходить к эндокринологу. Прошло полгода. Запись через поликлинику на месяц вперёд, платно дорого, вот и тяну.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(ru.keys).toContain('chk-wait-book');
    expect(ru.keys).not.toContain('chk-09');
    const en = await tap(
      'checkup',
      'Finally see a cardiologist',
      'The GP referred me last spring. The NHS wait is four months and private is too expensive, so I keep putting it off.',
      'en',
      ['Getting to see a specialist'],
    );
    expect(en.keys).toContain('chk-wait-book');
    // Nerves about a visit keep the nerves step.
    const nerves = await tap('checkup', 'Go to the dentist', "I haven't been in five years and I'm scared.", 'en');
    expect(nerves.keys).not.toContain('chk-wait-book');
  });

  it('books a changed mole once', async () => {
    const en = await tap(
      'checkup',
      'Get the skin check I keep putting off',
      "58, run cattle in western Queensland, forty years in the sun. The wife keeps on about a mole on my back that's changed. Nearest skin clinic is in Longreach, three hours, and the flying doctor clinic only comes once a month. Always something more urgent on the station.",
      'en',
      ['A mole or skin problem'],
    );
    expect(en.keys).not.toContain('chk-02');
    expect(en.keys).toContain('chk-skin-book');
    const ru = await tap(
      'checkup',
      'Показать родинку дерматологу на этой неделе',
      'Родинка на плече потемнела, всё некогда.',
      'ru',
      ['Родинка или проблема с кожей'],
    );
    expect(ru.keys).not.toContain('chk-02');
    expect(ru.keys).toContain('chk-skin-book');
  });

  it('names the painkillers taken for a tooth that hurts, and books a nervous patient once', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к стоматологу наконец',
      'Мне 41, живу в Улан-Баторе. Два года болит зуб слева, терплю на обезболивающих. Боюсь стоматологов с детства.',
      'ru',
      ['Болит или сломался зуб'],
    );
    expect(ownSteps(ru.keys)[0]).toBe('chk-dent-pills');
    expect(ru.keys).toContain('chk-dent-pain-fear');
    expect(ru.keys).not.toContain('chk-dent-book');
    expect(ru.keys).not.toContain('chk-dent-pain');
    const en = await tap(
      'checkup',
      'Finally see a dentist',
      "My tooth hurts and I've been living on ibuprofen for months. I'm scared stiff of dentists.",
      'en',
      ['A tooth that hurts'],
    );
    expect(ownSteps(en.keys)[0]).toBe('chk-dent-pills');
    expect(en.keys).not.toContain('chk-dent-book');
    // A tooth that hurts with no tablets named keeps the plain pain step.
    const near = await tap('checkup', 'Go to the dentist', 'My tooth hurts with cold drinks since last week.', 'en', [
      'A tooth that hurts',
    ]);
    expect(near.keys).not.toContain('chk-dent-pills');
    expect(near.keys).toContain('chk-dent-pain');
  });

  it('plans the journey to a clinic a day away, with no work-leave form or nerves step', async () => {
    const ru = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Мне 64, живу в деревне. ФАП у нас закрыли, до поликлиники в райцентре 40 км, автобус два раза в день. Анализы не сдавал года три.',
      'ru',
      ['Диспансеризация или чекап'],
    );
    expect(ru.keys).toContain('chk-far-trip');
    expect(ru.keys.indexOf('chk-far-trip')).toBeLessThan(ru.keys.indexOf('chk-annual-book'));
    expect(ru.keys).not.toContain('chk-annual-time');
    const en = await tap(
      'checkup',
      'Get my eyes tested and proper glasses',
      'I teach outside Moshi and my marking has become blurry. The nearest eye clinic is at KCMC and I have to take a day off and two daladalas to get there.',
      'en',
      ['Check-ups'],
    );
    expect(ownSteps(en.keys)[0]).toBe('chk-far-trip');
    expect(en.keys).not.toContain('chk-09');
    const near = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Работаю с девяти до шести, поликлиника рядом с домом.',
      'ru',
      ['Диспансеризация или чекап'],
    );
    expect(near.keys).not.toContain('chk-far-trip');
    expect(near.keys).toContain('chk-annual-time');
  });

  it('does not compare clinics after booking a colonoscopy as a screening, and skips "am I due" with a referral in hand', async () => {
    const ru = await tap(
      'checkup',
      'Сделать колоноскопию',
      'Мне 52. У отца нашли рак кишечника. Направление по ОМС дали, но ждать два месяца.',
      'ru',
      ['Скрининг рака'],
    );
    expect(ru.keys).toContain('chk-scr-book');
    expect(ru.keys).not.toContain('chk-proc-where');
    expect(ru.keys).not.toContain('chk-scr-invite');
    const en = await tap(
      'checkup',
      'Book my bowel cancer screening colonoscopy',
      'My mum had bowel cancer at 60.',
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).not.toContain('chk-proc-where');
    // A gastroscopy is no screening: the places are compared as before.
    const near = await tap('checkup', 'Get a gastroscopy done', 'The GP referred me, I want it under sedation.', 'en', [
      'An MRI, endoscopy',
    ]);
    expect(near.keys).toContain('chk-proc-where');
  });

  it('books the procedure the doctor recommended, with no general check-up booking', async () => {
    const en = await tap(
      'checkup',
      'get the endoscopy my GP referred me for',
      'My doctor wants me to have a gastroscopy because of the heartburn. I keep putting off booking it.',
      'en',
      ['An MRI, endoscopy'],
    );
    expect(en.keys).not.toContain('chk-gp-book');
    const near = await tap(
      'checkup',
      'Book a GP appointment',
      'I have not seen a doctor in three years and want a general check-up.',
    );
    expect(near.keys).toContain('chk-gp-book');
  });

  it('plans no day trip to a far clinic when there is a dentist in the village', async () => {
    const ru = await tap(
      'checkup',
      'сходить к стоматологу',
      'Живу в селе, стоматолог в селе есть, а до райцентра 60 км. Болит зуб уже месяц.',
      'ru',
      ['Стоматолог'],
    );
    expect(ru.keys).not.toContain('chk-far-trip');
    const near = await tap(
      'checkup',
      'сходить к стоматологу',
      'Живу в деревне, ближайшая стоматология в райцентре, автобус два раза в день.',
      'ru',
      ['Стоматолог'],
    );
    expect(near.keys).toContain('chk-far-trip');
  });

  it('a screening day or van: no second "check you are due" or "book the screening" after the day is pinned down', async () => {
    const en = await tap(
      'checkup',
      'Get my mammogram when the mobile unit comes',
      'I am 62 and have had the invitation letter for the breast screening bus twice. It parks at the supermarket next week.',
      'en',
      ['Cancer screening: smear, mammogram'],
    );
    expect(en.keys[0]).toBe('chk-event-when');
    expect(en.keys).not.toContain('chk-scr-invite');
    expect(en.keys).not.toContain('chk-scr-book');
    // A screening with no van or day keeps its own check and booking.
    const near = await tap(
      'checkup',
      'Book my first mammogram',
      'I turned 50 and never had one. I think I got a letter last year.',
      'en',
      ['Cancer screening: smear, mammogram'],
    );
    expect(near.keys).toContain('chk-scr-invite');
  });

  it('a clinic a day away: the papers listed once, and the visit itself given more than an hour', async () => {
    const en = await tap(
      'checkup',
      'See a dentist about my back tooth',
      'The nearest dentist is in town, two buses from the village, and the queue there takes the morning.',
      'en',
    );
    expect(en.keys).toContain('chk-far-trip');
    expect(en.keys).not.toContain('chk-07');
    expect(en.keys).not.toContain('chk-10');
    const ru = await tap(
      'checkup',
      'Показаться окулисту',
      'Ближайшая поликлиника в райцентре, автобус два раза в день. Глаза к вечеру устают и расплываются буквы.',
      'ru',
    );
    expect(ru.keys).toContain('chk-far-trip');
    expect(ru.keys).not.toContain('chk-07');
    // A clinic in town keeps the folder step and the ordinary hour.
    const near = await tap('checkup', 'Eye test this month', 'My glasses feel weak when I read at night.', 'en');
    expect(near.keys).not.toContain('chk-far-trip');
    expect(near.keys).not.toContain('chk-10-far');
  });

  it('names no Russian insurance policy to a parent in another country', async () => {
    const ru = await tap(
      'checkup',
      'Сводить дочку к окулисту',
      'Дочке 7, живём в Ташкенте, учительница говорит, что она щурится у доски. Платный приём дорогой.',
      'ru',
      ['Записать и сводить ребёнка'],
    );
    expect(ru.keys).toContain('chk-child-book');
    expect(ru.text).not.toMatch(/ОМС/);
  });

  it('sends hearing worse in one ear to the GP first, never to a free shop test, and asks company once', async () => {
    const en = await tap(
      'checkup',
      'sort out my right ear',
      'Since the flu last week my right ear sounds like it is under water and there is a whooshing noise. I am 58 and thought I might just pop into a hearing shop.',
      'en',
      ['A hearing test'],
    );
    expect(en.keys[0]).toBe('chk-hear-one-gp');
    expect(en.keys).not.toContain('chk-hear-book');
    expect(en.keys.filter((key) => key === 'chk-hear-company' || key === 'chk-09')).toHaveLength(1);
    expect(en.texts.join(' ')).not.toMatch(/do them free/);
    const ru = await tap(
      'checkup',
      'проверить слух',
      'После простуды левое ухо будто ватой заложено уже дней десять, и в нём шипит. Думаю, может, просто сходить в салон слуховых аппаратов.',
      'ru',
      ['Проверка слуха'],
    );
    expect(ru.keys[0]).toBe('chk-hear-one-gp');
    expect(ru.keys).not.toContain('chk-hear-book');
    // Both ears, the TV too loud: the ordinary hearing test stays.
    const near = await tap(
      'checkup',
      'get my hearing tested',
      'My family keep saying the telly is too loud and I miss bits in restaurants.',
      'en',
      ['A hearing test'],
    );
    expect(near.keys).toContain('chk-hear-book');
    expect(near.keys).not.toContain('chk-hear-one-gp');
  });

  it('books no health check again when the referral came from one', async () => {
    const ru = await tap(
      'checkup',
      'сделать гастроскопию по направлению',
      'Мне 45, на диспансеризации терапевт выписал направление на гастроскопию в областную больницу.',
      'ru',
      ['МРТ, гастроскопия'],
    );
    expect(ru.keys).not.toContain('chk-annual-book');
    expect(ru.keys).not.toContain('chk-annual-time');
    const near = await tap(
      'checkup',
      'пройти диспансеризацию',
      'Мне 45, давно не проверялся, хочу пройти всё за месяц.',
      'ru',
      ['Диспансеризация'],
    );
    expect(near.keys).toContain('chk-annual-book');
  });

  it('gives a smear feared for pain what to ask for, no papers folder, and family history only when named', async () => {
    const en = await tap(
      'checkup',
      'book the smear I keep putting off',
      "I'm 29. My last smear hurt a lot and I've been avoiding it ever since.",
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).toContain('chk-scr-pain');
    expect(en.keys).not.toContain('chk-07');
    expect(en.keys).not.toContain('chk-scr-family');
    const ru = await tap(
      'checkup',
      'сходить на мазок на цитологию',
      'Мне 30, в прошлый раз было очень больно, и я три года откладываю.',
      'ru',
      ['Скрининг рака'],
    );
    expect(ru.keys).toContain('chk-scr-pain');
    const family = await tap(
      'checkup',
      'book the smear I keep putting off',
      "I'm 35. My mum had cervical cancer at 40.",
      'en',
      ['Cancer screening'],
    );
    expect(family.keys).toContain('chk-scr-family');
    expect(family.keys).not.toContain('chk-scr-pain');
    const near = await tap('checkup', 'book my first mammogram', "I'm 50 and got the invitation.", 'en', [
      'Cancer screening',
    ]);
    expect(near.keys).toContain('chk-scr-family');
    expect(near.keys).toContain('chk-07');
  });

  it('asks for a retina check with drops when sugar signs and an eye check come together, not a glasses test', async () => {
    const en = await tap(
      'checkup',
      'get my blood sugar and eyes tested',
      "I'm 60, always thirsty and my sight has gone blurry for reading. My mother had diabetes.",
      'en',
      ['The eye test'],
    );
    expect(en.keys).toContain('chk-eyes-sugar');
    expect(en.keys).not.toContain('chk-eyes-book');
    const ru = await tap(
      'checkup',
      'проверить сахар и зрение',
      'Мне 57, постоянно хочется пить, стал хуже видеть газету. У отца диабет.',
      'ru',
      ['Проверка зрения'],
    );
    expect(ru.keys).toContain('chk-eyes-sugar');
    const near = await tap(
      'checkup',
      'get my eyes tested',
      'Small print has gone blurry and I think I need glasses.',
      'en',
      ['The eye test'],
    );
    expect(near.keys).toContain('chk-eyes-book');
    expect(near.keys).not.toContain('chk-eyes-sugar');
  });

  it('asks once for what makes a screening easier when pain or fear is named, and keeps the questions step otherwise', async () => {
    const en = await tap(
      'checkup',
      'finally book my cervical screening',
      'The last one was really painful and I have put it off for three years.',
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).toContain('chk-scr-pain');
    expect(en.keys).not.toContain('chk-scr-ask');
    const ru = await tap('checkup', 'записаться на мазок', 'В прошлый раз было очень больно, три года тяну.', 'ru', [
      'Скрининг',
    ]);
    expect(ru.keys).not.toContain('chk-scr-ask');
    const near = await tap('checkup', 'book my first mammogram', "I'm 50 and got the invitation letter.", 'en', [
      'Cancer screening',
    ]);
    expect(near.keys).not.toContain('chk-scr-pain');
  });

  it('checks a screening is due before planning the long trip to it', async () => {
    const en = await tap(
      'checkup',
      'finally get a mammogram, skipped it for years',
      'I live on a farm and the nearest hospital with a mammogram is 100 miles away. My aunt had breast cancer.',
      'en',
      ['Cancer screening'],
    );
    const due = en.keys.indexOf('chk-scr-invite');
    const trip = en.keys.indexOf('chk-far-trip');
    expect(due).toBeGreaterThanOrEqual(0);
    expect(trip).toBeGreaterThan(due);
    expect(en.texts.join(' ')).not.toMatch(/screening invitation/);
    const ru = await tap(
      'checkup',
      'сделать маммографию, три года откладываю',
      'Живу в деревне, до районной больницы полдня на автобусе. У мамы был рак груди.',
      'ru',
      ['Скрининг'],
    );
    if (ru.keys.includes('chk-far-trip') && ru.keys.includes('chk-scr-invite')) {
      expect(ru.keys.indexOf('chk-far-trip')).toBeGreaterThan(ru.keys.indexOf('chk-scr-invite'));
    }
  });
});
