import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const STOCK = ['skill-stock-teacher', 'skill-stock-setup', 'skill-stock-body', 'skill-stock-first', 'skill-stock-plan'];
const ALONE = ['skill-03', 'skill-04', 'skill-05', 'skill-06', 'skill-08', 'skill-11'];

describe('the twenty-sixth blind read, fixed in general (helper fix26b)', () => {
  it('gives work with a farm animal a teacher who watches, a safe hold and the back spared — never a video copied alone', async () => {
    const en = await firstFive(
      'skill',
      'Shear my own small flock this spring',
      'Twelve Suffolk ewes, never held the clippers, and my knees are not great.',
    );
    expect(en.keys).toEqual(STOCK);
    const goat = await firstFive('skill', 'Learn milking for our two goats', 'Complete beginner.');
    expect(goat.keys[0]).toBe('skill-stock-teacher');
    expect(goat.keys.some((key) => ALONE.includes(key))).toBe(false);
    const ru = await firstFive(
      'skill',
      'Научиться доить козу',
      'Купили двух коз весной, я никогда не доила и боюсь, что опрокинет ведро.',
      'ru',
    );
    expect(ru.keys).toEqual(STOCK);
    const ruSheep = await firstFive(
      'skill',
      'Освоить стрижку овец',
      'Своих овец двадцать, стригаля найти не можем.',
      'ru',
    );
    expect(ruSheep.keys[0]).toBe('skill-stock-teacher');
    expect(ruSheep.keys.some((key) => ALONE.includes(key))).toBe(false);
    // Wherever the goal was placed, the title's animal words bring the same first steps.
    for (const kind of ['generic', 'family', 'creative']) {
      const other = await firstFive(kind, 'Learn to shear our sheep', 'First year on the farm.');
      expect(other.keys[0], kind).toBe('skill-stock-teacher');
    }
  });

  it('leaves a haircut, garden shears and a sheep drawn on paper alone', async () => {
    const hair = await firstFive('skill', 'Научиться стричь мужа машинкой', 'Парикмахерская далеко.', 'ru');
    expect(hair.keys.some((key) => key.startsWith('skill-stock-'))).toBe(false);
    const hedge = await firstFive('skill', 'Learn to trim the hedge with shears', 'Our hedge is a mess.');
    expect(hedge.keys.some((key) => key.startsWith('skill-stock-'))).toBe(false);
    const knit = await firstFive('skill', 'Learn to knit with wool from local sheep', 'A beginner.');
    expect(knit.keys.some((key) => key.startsWith('skill-stock-'))).toBe(false);
  });

  it('gives the power saws that take fingers the hazard path too', async () => {
    const en = await firstFive(
      'skill',
      'Get confident with a table saw',
      'Just bought one for the garage and have never used it.',
    );
    // fix49B: a power saw's own kit (`skill-pwsaw-kit`) in place of the welding and chainsaw one.
    expect(en.keys[0]).toBe('skill-pwsaw-kit');
    expect(en.keys).not.toContain('skill-05');
    const ru = await firstFive('skill', 'Научиться работать циркуляркой', 'Строю сарай, опыта никакого.', 'ru');
    expect(ru.keys[0]).toBe('skill-pwsaw-kit');
    // A hand saw for a shelf is no power tool.
    const hand = await firstFive('skill', 'Learn woodworking with hand tools', 'A hand saw and chisels only.');
    expect(hand.keys.some((key) => key.startsWith('skill-hazard'))).toBe(false);
  });

  it('gives a leaking roof a leak traced from below and the climb decided — not a water valve or a breaker', async () => {
    const en = await firstFive(
      'repair',
      'Stop the roof leaking over the spare bedroom',
      'Old bungalow, the stain on the ceiling grows every storm. I live alone.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fix-roof-find', 'fix-roof-climb']);
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive(
      'repair',
      'Залатать кровлю на доме',
      'После ливня капает в прихожей, шифер старый.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-roof-find');
    expect(ru.keys).not.toContain('fix-03');
    // A shed roof keeps the outdoor path, and a lid is no roof.
    const shed = await firstFive('repair', 'Re-felt the shed roof', 'The felt has split.');
    expect(shed.keys.some((key) => key.startsWith('fix-roof-'))).toBe(false);
    const lid = await firstFive('repair', 'Починить крышку кастрюли', 'Отвалилась ручка.', 'ru');
    expect(lid.keys.some((key) => key.startsWith('fix-roof-'))).toBe(false);
  });

  it('gives a visit to family abroad the family asked, a health appointment and their customs — no solo evenings or hotel', async () => {
    const en = await firstFive(
      'travel',
      "Go to my dad's village in Ghana with him",
      "Staying with my relatives for three weeks in August. I'm anxious about the food and not knowing how to behave.",
    );
    expect(en.keys).toContain('trip-fam-ask');
    expect(en.keys).toContain('trip-fam-health');
    expect(en.keys).not.toContain('trip-safe-evenings');
    expect(en.keys).not.toContain('trip-bed');
    const ru = await firstFive(
      'travel',
      'Съездить к родственникам в Армению',
      'Летом, с мамой, волнуюсь, что не пойму, как себя вести.',
      'ru',
    );
    expect(ru.keys).toContain('trip-fam-ask');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    // A solo city break keeps the evening plan.
    const solo = await firstFive(
      'travel',
      'Solo weekend in Prague',
      "First time travelling alone and I'm nervous at night.",
    );
    expect(solo.keys).toContain('trip-safe-evenings');
    expect(solo.keys).not.toContain('trip-fam-ask');
  });

  it('gives a pilgrimage a group and a plan for the crowds, and no passport the application — not the expiry date', async () => {
    const ru = await firstFive(
      'travel',
      'Поехать в паломничество на Святую землю',
      'Мне 70, загранпаспорта у меня нет, боюсь заблудиться в толпе.',
      'ru',
    );
    expect(ru.keys).toContain('trip-pilg-group');
    expect(ru.keys).toContain('trip-passport-renew');
    expect(ru.keys).not.toContain('trip-documents');
    expect(ru.keys).not.toContain('trip-safe-evenings');
    expect(ru.keys).not.toContain('trip-walk-route');
    const en = await firstFive(
      'travel',
      'Make the pilgrimage to Lourdes',
      "I don't have a passport and I walk with a stick.",
    );
    expect(en.keys).toContain('trip-pilg-group');
    expect(en.keys).not.toContain('trip-documents');
    // The Camino is still a walk.
    const camino = await firstFive('travel', 'Walk the Camino Francés', 'Six weeks next spring.');
    expect(camino.keys).toContain('trip-walk-route');
    expect(camino.keys).not.toContain('trip-pilg-group');
  });

  it('sends someone who just sat a practice test to their weakest section — not a second full paper', async () => {
    const en = await firstFive(
      'exam',
      'Pass the GED math test',
      'Took a practice test last week and scored 130; fractions and word problems killed me. Test in six weeks.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['exam-known', 'exam-known-weak']);
    expect(en.keys).not.toContain('exam-past-paper');
    const ru = await firstFive(
      'exam',
      'Сдать ОГЭ по математике',
      'Пробник написал на тройку, геометрия не даётся. Экзамен в мае.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-known', 'exam-known-weak']);
    // A driving retake keeps its own path, and a first-timer starts from the format.
    const driving = await firstFive(
      'exam',
      'Pass my driving test',
      'Failed it once on roundabouts, retake in six weeks.',
    );
    expect(driving.keys).not.toContain('exam-known-weak');
    const fresh = await firstFive('exam', 'Pass the CFA level 1', 'Exam in four months, starting from scratch.');
    expect(fresh.keys).not.toContain('exam-known-weak');
  });

  it("gives one's own room its own routine — no whole-home rota or jobs split with small children", async () => {
    const en = await firstFive(
      'home',
      'Keep my bedroom tidy',
      "I'm 15, there are clothes all over the floor and plates under the bed.",
    );
    expect(en.keys[0]).toBe('home-own-rescue');
    expect(en.keys).not.toContain('home-routine-week');
    expect(en.keys).not.toContain('home-routine-share');
    const ru = await firstFive('home', 'Держать в порядке свою комнату', 'Мне 13, на столе и на полу завалы.', 'ru');
    expect(ru.keys[0]).toBe('home-own-rescue');
    expect(ru.keys).not.toContain('home-routine-share');
    // The whole home keeps its rota.
    const house = await firstFive('home', 'Keep the house tidy every day', 'Two kids and a dog, chaos by Friday.');
    expect(house.keys).toContain('home-routine-week');
    expect(house.keys).not.toContain('home-own-rescue');
  });

  it('gives braille a course for sight loss, tactile materials and touch drills — no video to copy', async () => {
    const en = await firstFive(
      'skill',
      'Learn to read braille',
      'My sight is going because of glaucoma and I live far from any class.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-braille-course', 'skill-braille-kit', 'skill-braille-touch']);
    expect(en.keys).not.toContain('skill-05');
    expect(en.keys).not.toContain('skill-07');
    const ru = await firstFive('skill', 'Освоить Брайль', 'Теряю зрение, хочу читать пальцами.', 'ru');
    expect(ru.keys[0]).toBe('skill-braille-course');
    // Sign language is no braille.
    const sign = await firstFive('skill', 'Learn sign language', 'My nephew is deaf.');
    expect(sign.keys.some((key) => key.startsWith('skill-braille'))).toBe(false);
  });

  it('gives nerves in a foreign-language interview one step with the rescue phrases — not the same phrases twice', async () => {
    const en = await firstFive(
      'interview',
      'Interview in German for a nursing job',
      'Video call next month. I panic with native speakers and my words disappear.',
    );
    expect(en.keys).toContain('intv-nerves-lang');
    expect(en.keys).not.toContain('intv-nerves');
    expect(en.keys).not.toContain('intv-lang-rescue');
    const ru = await firstFive(
      'interview',
      'Собеседование на английском в IT-компанию',
      'Английский B2, но от волнения теряюсь и забываю слова.',
      'ru',
    );
    expect(ru.keys).toContain('intv-nerves-lang');
    expect(ru.keys).not.toContain('intv-lang-rescue');
    // Calm in another language keeps the rescue phrases; nerves in one's own language keep the nerves step.
    const calm = await firstFive(
      'interview',
      'Interview in English for a bank',
      'My English is good, I just want to prepare.',
    );
    expect(calm.keys).toContain('intv-lang-rescue');
    const own = await firstFive('interview', 'Final round interview', 'I freeze on behavioural questions.');
    expect(own.keys).toContain('intv-nerves');
    expect(own.keys).not.toContain('intv-nerves-lang');
  });
});
