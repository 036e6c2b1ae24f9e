import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type ChatInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';

const MINUTE = 60 * 1000;
const DAY = 24 * 3600 * 1000;

/** Issue 17 in the chat (the bot and the terminal share this dialog): /log, /progress and the focus question. */
describe('progress that means something, in the chat', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.dispose());

  const talker = (subject: string, locale: 'en' | 'ru' = 'en') => {
    const send = async (input: ChatInput): Promise<Reply[]> => {
      const user = await app.goals.ensureUser({ provider: 'test', subject, locale });
      return app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
    };
    return { say: (line: string) => send(parseInput(line)), tap: (data: string) => send({ kind: 'button', data }) };
  };
  const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');
  const data = (replies: Reply[]) =>
    replies
      .flatMap((reply) => reply.buttons ?? [])
      .flat()
      .map((button) => button.data);

  it('does not count "/log quest_created" without a quest: it offers the quest itself instead', async () => {
    const parent = talker('log-first');
    await parent.say('/recovery');
    expect(data(await parent.say('/log'))).not.toContain('act:quest_created');
    const refused = await parent.say('/log quest_created');
    expect(text(refused)).toContain('«Quest for your child» counts when you actually make it');
    expect(text(refused)).not.toContain('First quest');
    expect(data(refused)).toContain('ex:quest_builder');
    expect(text(await parent.say('/log goal_step'))).toContain('/done');
    expect(text(await parent.say('/progress'))).toContain('👨‍👦 Child Connection: ░░░░░░░░░░ 0%');
  });

  it('says kindly why a double tap, a repeat and one too many add less or nothing, and counts the next day in full', async () => {
    const parent = talker('log-repeats');
    await parent.say('/recovery');
    expect(text(await parent.tap('act:support_group_attended'))).toContain('Community: 0% → 10%');
    const doubleTap = text(await parent.tap('act:support_group_attended'));
    expect(doubleTap).toContain('only seconds after the last one');
    expect(doubleTap).not.toContain('Counted');
    app.clock.advance(5 * MINUTE);
    const second = text(await parent.tap('act:support_group_attended'));
    expect(second).toContain('Community: 10% → 15%');
    expect(second).toContain('this one: 50%');
    app.clock.advance(5 * MINUTE);
    expect(text(await parent.tap('act:support_group_attended'))).toContain('already done this 2 times today');
    app.clock.advance(DAY);
    expect(text(await parent.tap('act:support_group_attended'))).toContain('Community: 15% → 25%');
  });

  it('in Russian too, with the right words for the count', async () => {
    const parent = talker('log-repeats-ru', 'ru');
    await parent.say('/recovery');
    await parent.tap('act:experience_shared');
    expect(text(await parent.tap('act:experience_shared'))).toContain('всего через несколько секунд');
    app.clock.advance(5 * MINUTE);
    await parent.tap('act:experience_shared');
    app.clock.advance(5 * MINUTE);
    expect(text(await parent.tap('act:experience_shared'))).toContain('Сегодня это уже было 2 раза');
  });

  it('gives every next action in /progress a button to start or record it, and follows what was done', async () => {
    const parent = talker('progress-buttons');
    await parent.say('/recovery');
    await parent.tap('primary:community');
    await parent.tap('act:support_group_attended');
    app.clock.advance(DAY);
    await parent.tap('act:support_group_attended');
    const progress = await parent.say('/progress');
    const shown = text(progress);
    expect(shown).not.toContain('Find a support group');
    expect(shown).toContain('share a piece of your story');
    // Four tracks, four ways to act on their next actions: the focus track's first, then the rest.
    const acts = data(progress).filter((button) => button.startsWith('ex:') || button.startsWith('act:'));
    expect(acts).toEqual([
      'act:experience_shared',
      'ex:emotional_checkin',
      'ex:letter_to_child',
      'ex:court_document_review',
    ]);
    // The terminal shows the command to type for each.
    expect(app.dialog.typedFor('act:experience_shared')).toBe('/log experience_shared');
    expect(progress[0]!.buttons!.flat().find((button) => button.data === 'act:experience_shared')!.label).toBe(
      '✔ Did it: 🌍 Shared your experience',
    );
  });

  it('picks no focus before the person answers, and takes a typed track name as the answer', async () => {
    const parent = talker('focus-typed');
    const asked = await parent.say('/recovery');
    expect(asked[1]!.buttons!.flat().some((button) => button.label.startsWith('✓'))).toBe(false);
    expect(text(await parent.say('/progress'))).toContain('No focus track chosen yet');
    await parent.say('/recovery');
    const answered = await parent.say('Self Work');
    expect(answered[0]!.text).toBe('⭐ Your focus is now Self Work. Everything you did on other tracks stays.');
    expect(text(await parent.say('/progress'))).toContain('⭐ Your focus: 🧠 Self Work');
    // Once answered, a track's name is free text again (it is routed, not taken as a new focus).
    expect(text(await parent.say('Community'))).not.toContain('Your focus is now');
  });

  it('takes «Работа над собой» (or a number) as the Russian answer, and lets other words pass on', async () => {
    const parent = talker('focus-typed-ru', 'ru');
    await parent.say('/recovery');
    expect((await parent.say('«Работа над собой»'))[0]!.text).toContain('Теперь в фокусе: Работа над собой');
    const other = talker('focus-number-ru', 'ru');
    await other.say('/recovery');
    expect((await other.say('2'))[0]!.text).toContain('Теперь в фокусе: Связь с ребёнком');
    const greeter = talker('focus-hello-ru', 'ru');
    await greeter.say('/recovery');
    expect(text(await greeter.say('Привет!'))).toContain('Здравствуй');
    expect(text(await greeter.say('/progress'))).toContain('Фокус ещё не выбран');
  });

  it('says in good Russian that a step of another track counts for Self Work too', async () => {
    const parent = talker('cross-ru', 'ru');
    await parent.say('/recovery');
    await parent.tap('primary:community');
    const routed = text(await parent.say('хочу создать квест для ребёнка'));
    expect(routed).toContain('Шаг «Квест для ребёнка» засчитывается и в направлении «Работа над собой».');
    expect(routed).not.toContain('в других направлениях: Работа');
  });
});
