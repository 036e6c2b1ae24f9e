import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const SWELL = ['chk-swell-today', 'chk-swell-cost', 'chk-swell-meds', 'chk-swell-watch'];
const ROUTINE = ['chk-gen-which', 'chk-gen-book', 'chk-02', 'chk-dent-plain-notes', 'chk-dent-plain-book'];

describe('the thirty-third blind read, fixed in general (helper fix33e)', () => {
  it('sends a tooth with a swollen jaw or a mouth that will not open to care today — no routine dental list', async () => {
    const en = await tap(
      'checkup',
      'Get my wisdom tooth sorted',
      "It's been aching for a week, now my cheek is swollen and I can't open my mouth properly. I'll wait until I get paid at the end of the month.",
      'en',
      ['Check-ups'],
    );
    expect(en.keys.slice(0, 4)).toEqual(SWELL);
    for (const key of ROUTINE) expect(en.keys).not.toContain(key);
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
    for (const key of ROUTINE) expect(ru.keys).not.toContain(key);
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
    for (const key of ROUTINE) expect(ru.keys).not.toContain(key);
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

  it('takes signs of apnoea to the doctor with a recording — no wake-up time or "eight hours in bed"', async () => {
    const en = await tap(
      'sleep',
      'Stop feeling exhausted every morning',
      "I'm 61, a delivery driver. I get a good eight hours, but my husband says I snore, then go quiet for a bit and gasp. I nod off at red lights.",
      'en',
      ['My own snoring'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['sleep-snore-doctor', 'sleep-apnoea-notes', 'sleep-apnoea-drive']);
    expect(en.keys).not.toContain('sleep-wake');
    expect(en.keys).not.toContain('sleep-bedtime');
    const ru = await tap(
      'sleep',
      'Высыпаться наконец',
      'Мне 50, жена говорит, что я храплю, потом затихаю и перестаю дышать. Днём засыпаю на планёрках.',
      'ru',
      ['Мой храп'],
    );
    expect(ru.keys).toContain('sleep-apnoea-notes');
    expect(ru.keys).not.toContain('sleep-wake');
    // Plain snoring, nothing about breathing: the timing steps stay.
    const near = await tap(
      'sleep',
      'Stop snoring so loudly',
      'My girlfriend complains, I sleep fine otherwise.',
      'en',
      ['My own snoring'],
    );
    expect(near.keys).toContain('sleep-wake');
    expect(near.keys.filter((key) => key.startsWith('sleep-apnoea'))).toEqual([]);
  });
});
