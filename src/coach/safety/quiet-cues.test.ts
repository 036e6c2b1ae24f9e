import { describe, expect, it } from 'vitest';
import type { CrisisCategory } from '../../core/safety.port.js';
import { createCrisisCheck, uniformThresholds } from './crisis-check.js';
import { patternText } from './crisis-patterns.js';
import type { CrisisModel } from './crisis-scorer.js';
import { quietCue } from './quiet-cues.js';

const cue = (text: string) => quietCue(patternText(text));
const unsure = (probability: number, category: CrisisCategory = 'hopeless'): Pick<CrisisModel, 'score'> => ({
  score: () => ({ p: probability, category }),
});
const bands = uniformThresholds({ crisis: 0.3, uncertain: 0.15 });

describe('a crisis said quietly, when the model is unsure', () => {
  it.each([
    ['Tried every service going and nothing helped. I have stopped hoping.', 'hopeless'],
    ['Долги, суды, и нет выхода ни в одну сторону', 'hopeless'],
    ['vse, tupik, i ya bolshe ne vyderzhu', 'hopeless'],
    ['ну всё, всем пока и спасибо', 'goodbye'],
    ['my toddler has been home alone since lunch and I cannot get back', 'child_danger'],
    ['малыш один дома уже шестой час, я не могу уйти с работы', 'child_danger'],
    ['mum hasnt been home in 3 days and theres no food', 'child_danger'],
    ['папа второй день не приходит, мы с братом одни', 'child_danger'],
    ['мама нас не кормит', 'child_danger'],
    ['sunday. done.', 'plan'],
    ['decided. after the funeral', 'plan'],
    ['решено. в пятницу', 'plan'],
    ['всё, завтра.', 'plan'],
    ['Do it on Friday', 'plan'],
    ["I'll go through with it after the hearing", 'plan'],
    ['Сделать это в воскресенье', 'plan'],
    ['Held my hand over the gas hob until it hurt', 'self_harm'],
    ['Place next to dad at the cemetery is paid for, the funeral too. I’ll need it soon.', 'goodbye'],
    ['Завещание подписала, похороны оплатила. Скоро пригодится.', 'goodbye'],
  ])('hears %j as %s', (text, category) => expect(cue(text)).toBe(category));

  it.each([
    'Finished the report, now a long weekend',
    'Купила таблетницу для мамы',
    'No way, that film was great',
    'Flying out tomorrow, so this is it until the summer',
    'курьер третий день не приходит, позвоню в магазин',
    'Mum hasn’t been to my match all season',
    'Saturday. Done with the report, finally',
    'всё, завтра продолжим',
    'done for today',
    'Do it properly on Friday: clean the gutters',
    'Сделать это упражнение в субботу',
    'Funeral plan sorted for mum, she is 90 and wanted it done',
    'Похороны бабушки прошли, всё организовали',
    'Bought a new umbrella and a will-o-the-wisp lamp, I will need it soon',
  ])('hears nothing in %j', (text) => expect(cue(text)).toBeUndefined());

  it('flags a message that says a quiet cue from half the unsure band, short or long, but not in a frame', () => {
    const text = 'Courts, debts, no job: I am trapped and every door is shut.';
    expect(createCrisisCheck(unsure(0.2), { thresholds: bands }).check(text)).toMatchObject({
      crisis: true,
      category: 'hopeless',
      source: 'model',
    });
    // Half the band's start (0.15 / 2): a plain line the model barely doubts is read for its quiet words too.
    expect(createCrisisCheck(unsure(0.08), { thresholds: bands }).check(text)).toMatchObject({ crisis: true });
    expect(createCrisisCheck(unsure(0.05), { thresholds: bands }).check(text)).toMatchObject({ crisis: false });
    expect(createCrisisCheck(unsure(0.1), { thresholds: bands }).check('Completely trapped.')).toMatchObject({
      crisis: true,
      category: 'hopeless',
    });
    expect(createCrisisCheck(unsure(0.05), { thresholds: bands }).check('Completely trapped.')).toMatchObject({
      crisis: false,
    });
    const framed = 'Essay for my course: why people in debt feel trapped with no way out.';
    expect(createCrisisCheck(unsure(0.2), { thresholds: bands }).check(framed)).toMatchObject({ crisis: false });
  });

  it('asks for more certainty of a finding about the writer in a frame, but not of harm to others', () => {
    const recovered = 'Years ago I wanted to die. Today I ran my first race and my son was at the finish.';
    expect(createCrisisCheck(unsure(0.35, 'ideation'), { thresholds: bands }).check(recovered)).toMatchObject({
      crisis: false,
    });
    expect(createCrisisCheck(unsure(0.45, 'ideation'), { thresholds: bands }).check(recovered)).toMatchObject({
      crisis: true,
    });
    const threat = 'Read the news about his trial. I would like to poison him for what he did.';
    expect(createCrisisCheck(unsure(0.35, 'harm_others'), { thresholds: bands }).check(threat)).toMatchObject({
      crisis: true,
    });
    const wish = 'Read the news about his trial, and I’d like to poison him.';
    expect(createCrisisCheck(unsure(0.35, 'ideation'), { thresholds: bands }).check(wish)).toMatchObject({
      crisis: true,
    });
  });
});
