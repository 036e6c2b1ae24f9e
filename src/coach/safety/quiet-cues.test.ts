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
    ['sat on the bridge railing for an hour, lost my nerve. trying again after the hearing', 'plan'],
    ['стоял на мосту, струсил. пойду снова ночью', 'plan'],
    ['Letters to the boys are scheduled for Sunday. By then it won’t matter', 'goodbye'],
    ['записку настроила, отправится автоматически в субботу. к тому времени всё', 'goodbye'],
    ['hoodie on in this heat because of the cuts', 'self_harm'],
    ['fresh burns on my wrist again', 'self_harm'],
    ['punched the wall till my hand swelled up', 'self_harm'],
    ['Only cut twice a week', 'self_harm'],
    ['бью кулаком об стену, когда накрывает', 'self_harm'],
    ['ношу длинный рукав, чтобы не видели порезы', 'self_harm'],
    ['видео сыну на потом, чтобы он не винил себя', 'goodbye'],
    ['разберусь с ним как в 90-е, он знает', 'harm_others'],
    ['my lawyer says hang in there. hang in where, there is nowhere left to go', 'hopeless'],
    ['как ни старайся, всё равно на дно', 'hopeless'],
    ['when she screams at night I think of a pillow over her face until she stops', 'child_danger'],
    ['когда он плачет, в голове мысль взять подушку и держать, пока не замолчит', 'child_danger'],
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
    'Lost my nerve at the interview, trying again next month',
    'The newsletter is scheduled for Monday, by then the site will be live',
    'Wore a hoodie to the match, freezing wind',
    'Cut the hedge once a week in summer',
    'стучу в стену соседям, когда шумят',
    'Письмо отправится автоматически в понедельник',
    'поговорю с ним по-взрослому о деньгах',
    'The kids have nowhere to go on Saturdays, find a club',
    'всё равно схожу на дно озера с маской',
    'Bought a new pillow and held it until the shop closed',
    'we have nowhere to go for Christmas this year',
    'there is nowhere to go in this town on a sunday',
    'Hit the wall on the long run until my gel kicked in',
    'my ex keeps banging on the door until the kids cry',
    'Cutting every day until June',
    'Cut 3 times a week',
    'got new scabs on my legs from falling off the bike',
    'wore a hoodie all day, my sunburn marks look awful',
    'на толстовке следы краски',
    'Got up on the roof to clean the gutters, lost my nerve, going back next weekend',
    'climbed the rope in PE, lost my nerve, trying again next week',
    'The email goes out automatically at 9, I will be in the meeting by then',
    'he snores so loud, a pillow over his face until he stops',
    'от комаров на даче деться некуда',
    'поговорю с ним по-пацански о деньгах',
    'не вини себя, ты сделала всё что могла',
    'Бьюсь головой об стену с этим отчётом',
    'ударился головой о дверь шкафа',
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

  it('lets the model’s finding stand when a heavy joke is taken back, not when "not joking" only insists', () => {
    const check = createCrisisCheck(unsure(0.1, 'harm_others'), { thresholds: bands });
    for (const text of [
      'the neighbour sleeps soundly and the pillow is soft. jk. or am i',
      'свекровь спит крепко, шучу. или нет',
    ])
      expect(check.check(text), text).toMatchObject({ crisis: true, category: 'harm_others' });
    expect(
      createCrisisCheck(unsure(0.1, 'ideation'), { thresholds: bands }).check(
        'Сказала, что хочу в гроб отдохнуть. А я не шутила',
      ),
    ).toMatchObject({ crisis: true, category: 'ideation' });
    for (const text of ["I'm not joking, this report is killing me", 'шучу, конечно, отчёт сдам в пятницу'])
      expect(check.check(text), text).toMatchObject({ crisis: false });
  });

  it('hears a quiet cue in a sentence of a framed text that its frame does not reach', () => {
    const evening = 'Module 2 of the course done. Tried breathing but it failed, so I held my hand over the hob.';
    expect(createCrisisCheck(unsure(0.1, 'self_harm'), { thresholds: bands }).check(evening)).toMatchObject({
      crisis: true,
      category: 'self_harm',
    });
    const caller = 'Helpline shift tonight. A caller said she feels trapped with no way out.';
    expect(createCrisisCheck(unsure(0.1), { thresholds: bands }).check(caller)).toMatchObject({ crisis: false });
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
