import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48L)', () => {
  it('keeps the evening awake for someone who dozes off on the sofa, with no partner-homecoming steps', async () => {
    const en = await tap(
      'sleep',
      'get to bed properly instead of the couch',
      'I keep falling asleep on the sofa around 9 and wake up with the TV on after midnight. My husband works evenings, so nobody wakes me. I need to be up at 6.',
      'en',
    );
    expect(en.keys).toContain('sleep-doze-evening');
    expect(en.keys).not.toContain('sleep-partner-quiet');
    expect(en.keys).not.toContain('sleep-partner-block');
    const ru = await tap(
      'sleep',
      'ложиться в кровать, а не засыпать на диване',
      'Каждый вечер отключаюсь на диване часов в десять, просыпаюсь в два и потом не сплю. Муж работает допоздна, так что никто меня не будит.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-doze-evening');
    expect(ru.keys).not.toContain('sleep-partner-quiet');
    // The partner's return itself waking the person keeps its steps.
    const near = await tap(
      'sleep',
      'sleep through when my partner gets home',
      'My partner works night shifts and comes home at 3, and the door and the lights wake me every time.',
      'en',
    );
    expect(near.keys).toContain('sleep-partner-quiet');
  });

  it('closes the gaps when blackout curtains are already bought in the midnight sun, with no earplugs', async () => {
    const ru = await tap(
      'sleep',
      'нормально спать белыми ночами за полярным кругом',
      'Живу в Норильске. Летом солнце не заходит, засыпаю под утро. Купил плотные шторы, но свет всё равно пробивается по краям.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-dark-gaps');
    expect(ru.keys).toContain('sleep-sun-night');
    expect(ru.keys).not.toContain('sleep-noise-dark');
    expect(ru.keys).not.toContain('sleep-noise-mask');
    const en = await tap(
      'sleep',
      'sleep in the midnight sun',
      'I moved to Tromsø and the sun never sets in June. I bought blackout curtains but light still gets in at the top.',
      'en',
    );
    expect(en.keys).toContain('sleep-dark-gaps');
    // No curtains yet: the room is darkened first.
    const near = await tap(
      'sleep',
      'sleep in the midnight sun',
      'I moved to Tromsø and the sun never sets in June. I lie awake until 3.',
      'en',
    );
    expect(near.keys).toContain('sleep-noise-dark');
    expect(near.keys).not.toContain('sleep-noise-mask');
  });

  it('asks the heart doctor about the trip for a companion with known angina, not the chest-pain emergency', async () => {
    const en = await tap(
      'travel',
      'take my mum to see the fjords by boat and train',
      "Mum is 80 and has angina; she can't take much heat. We want to go in August for ten days and have about 4,000 euros.",
      'en',
    );
    expect(en.keys).toContain('trip-heart-doctor');
    expect(hazardKeys(en.keys)).toEqual([]);
    const ru = await tap(
      'travel',
      'съездить с мамой на море',
      'Маме 74, после инфаркта два года назад, стенокардия. Хотим в сентябре на неделю в Анапу поездом.',
      'ru',
    );
    expect(ru.keys).toContain('trip-heart-doctor');
    expect(hazardKeys(ru.keys)).toEqual([]);
    // Chest pain now, with no known condition, still leads with the emergency steps.
    const near = await tap(
      'travel',
      'weekend in Rome',
      'I get chest pain when I climb the stairs lately, but we booked flights for next month.',
      'en',
    );
    expect(near.keys).toContain('hz-chest-now');
    expect(near.keys).not.toContain('trip-heart-doctor');
  });

  it('gives a beginner at a drum kit a first drum lesson, not notes or chords', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на ударной установке',
      'Мне 25, никогда не играл, купил электронные барабаны. Хочу за год сыграть пару песен.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('inst-drum-first');
    expect(ru.keys).not.toContain('inst-05');
    const near = await tap(
      'instrument',
      'learn the guitar',
      "I've never played anything and just bought a guitar.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('inst-drum-first');
  });

  it('schedules practice once when stiff hands and a teacher are both named', async () => {
    const en = await tap(
      'instrument',
      'learn the mandolin in retirement',
      "I'm 66 and have arthritis in my fingers, stiff in the mornings. I've found a teacher at the community centre.",
      'en',
    );
    expect(en.keys).not.toContain('inst-teacher-between');
  });

  it('reads the cost of a lawyer as no money for one, and plans calm for a parent who lost their temper', async () => {
    const ru = await tap(
      'recovery',
      'подготовиться к суду о порядке общения с дочкой',
      'Бывшая не даёт видеться с дочкой, суд в апреле. Адвокат стоит дорого, денег на него нет.',
      'ru',
      ['Суд или медиация'],
    );
    expect(ru.keys).toContain('rec-07-free');
    expect(ru.keys).not.toContain('rec-07');
    const en = await tap(
      'recovery',
      'custody mediation next month',
      'We have mediation about the parenting plan on the 3rd. At the last meeting I lost my temper and shouted; I want to stay calm this time.',
      'en',
    );
    expect(en.keys).toContain('rec-calm-room');
    const near = await tap(
      'recovery',
      'custody mediation next month',
      'We have mediation about the parenting plan on the 3rd and I want a fair schedule for the holidays.',
      'en',
    );
    expect(near.keys).not.toContain('rec-calm-room');
  });
});
