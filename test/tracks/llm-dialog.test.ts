import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confidenceBand, createIntentRouter } from '../../src/coach/intents/intent-router.js';
import { messages } from '../../src/i18n/catalog.js';
import { parseInput, type ChatInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { sureCrisisCheck } from '../factories/safety.js';
import { useFakeOpenAI } from '../factories/llm-suite.js';

const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');

/** The recovery dialog with a model configured: unsure intents refined, finished exercises reflected on. */
describe('the recovery dialog with an LLM', () => {
  const llmSuite = useFakeOpenAI();
  let app: TestApp;
  beforeEach(async () => {
    // Suggestions off: /progress would otherwise ask the model in the background.
    app = await createTestApp('sqlite', llmSuite.env({ LLM_TIMEOUT_MS: '400', AI_SUGGESTIONS_ENABLED: 'off' }), {
      crisisCheck: sureCrisisCheck(),
    });
  });
  afterEach(() => app.dispose());

  const parent = async (locale: 'en' | 'ru' = 'en') => {
    const send = async (input: ChatInput): Promise<Reply[]> => {
      const user = await app.goals.ensureUser({ provider: 'test', subject: locale, locale });
      return app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
    };
    const chat = {
      say: (line: string) => send(parseInput(line)),
      tap: (data: string) => send({ kind: 'button', data }),
    };
    await chat.say('/recovery');
    await chat.tap('primary:self_work');
    return chat;
  };

  /** Answers the check-in through to its closing: scales by button, words by text, optional ones skipped. */
  const finishCheckin = async (chat: Awaited<ReturnType<typeof parent>>, words: string) => {
    let replies = await chat.tap('ex:emotional_checkin');
    for (let i = 0; i < 10 && !replies.at(-1)!.text.startsWith('✅'); i += 1) {
      const last = replies.at(-1)!;
      const scale = (last.buttons ?? []).flat().find((button) => button.data.startsWith('ans:'));
      replies = scale
        ? await chat.tap(scale.data)
        : last.text.includes('/skip')
          ? await chat.say('/skip')
          : await chat.say(words);
    }
    return replies.at(-1)!.text;
  };

  const recovery = () => app.tracks.program('recovery')!;
  const offlineBand = (message: string) => confidenceBand(createIntentRouter(recovery()).detect(message).confidence);
  const refinements = async () =>
    Object.fromEntries(
      (await app.metrics.registry.getSingleMetric('stepwise_intent_refinements_total')!.get()).values.map((value) => [
        value.labels.outcome,
        value.value,
      ]),
    );

  it('routes a low-confidence message by the model’s pick: the quest builder starts', async () => {
    const chat = await parent();
    const message = 'the thing on tuesday';
    expect(offlineBand(message)).toBe('low');
    llmSuite.fake.script({ answer: { intent: 'quest_builder', confidence: 0.9 } });
    const routed = await chat.say(message);
    expect(routed[0]!.text).toMatch(/quest/i);
    expect(routed[1]!.text).toMatch(/^\(1\/\d+\)/);
    expect(
      JSON.parse(llmSuite.fake.requests[0]!.messages[1]!.content.split('<message>')[1]!.split('</message>')[0]!),
    ).toBe(message);
    expect(await refinements()).toEqual({ changed: 1 });
  });

  it('keeps the offline routing when the model fails, answers nonsense or hangs', async () => {
    const chat = await parent();
    llmSuite.fake.script(
      { status: 500 },
      { answer: { intent: 'hack_the_planet', confidence: 1 } },
      { content: 'nope' },
      { hang: true },
    );
    for (let i = 0; i < 4; i += 1)
      expect(text(await chat.say('the thing on tuesday'))).toContain(messages('en').intentUnclear());
    expect(await refinements()).toEqual({ http: 1, unknown_intent: 1, invalid: 1, timeout: 1 });
  });

  it('never asks the model about a high-confidence message', async () => {
    const chat = await parent();
    const message = 'I want to create a quest for my son for his birthday';
    expect(offlineBand(message)).toBe('high');
    expect(text(await chat.say(message))).toMatch(/quest/i);
    expect(llmSuite.fake.requests).toHaveLength(0);
  });

  it('answers a crisis message with help, in an exercise or not, and never sends it to the model', async () => {
    const chat = await parent();
    expect(text(await chat.say('I want to kill myself'))).toContain('not a crisis service');
    await chat.tap('ex:letter_to_self');
    expect(text(await chat.say('I want to kill myself'))).toContain('not a crisis service');
    expect(llmSuite.fake.requests).toHaveLength(0);
  });

  it('adds the model’s reflection after the closing of a finished exercise', async () => {
    const chat = await parent();
    const closing = recovery().exercises.find((exercis) => exercis.id === 'emotional_checkin')!.closing.en;
    llmSuite.fake.script({ answer: { reflection: 'Naming your tiredness took honesty, and hope is still there.' } });
    const done = await finishCheckin(chat, 'tired, hopeful, quiet');
    expect(done.startsWith(`✅ ${closing}\n\nNaming your tiredness took honesty, and hope is still there.\n\n`)).toBe(
      true,
    );
    expect(done).toContain('Self Work: 0% → 10%');
    expect(llmSuite.fake.requests[0]!.messages[1]!.content).toContain('tired, hopeful, quiet');
  });

  it('shows the offline closing alone when the model fails or is too slow', async () => {
    const chat = await parent();
    const closing = recovery().exercises.find((exercis) => exercis.id === 'emotional_checkin')!.closing.en;
    llmSuite.fake.script({ status: 500 });
    expect(await finishCheckin(chat, 'tired, hopeful, quiet')).toMatch(
      new RegExp(`^✅ ${closing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\n.*Self Work: 0% → 10%`, 's'),
    );
    llmSuite.fake.script({ hang: true });
    // An hour later, as a person would: a check-in seconds after the last one would not count.
    app.clock.advance(3600 * 1000);
    const started = Date.now();
    const slow = await finishCheckin(chat, 'still tired');
    expect(slow.split('\n\n')[0]).toBe(`✅ ${closing}`);
    expect(slow.split('\n\n')[1]).toContain('Self Work');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gives a Russian parent a Russian reflection and refuses an English one', async () => {
    const chat = await parent('ru');
    const closing = recovery().exercises.find((exercis) => exercis.id === 'emotional_checkin')!.closing.ru;
    llmSuite.fake.script({ answer: { reflection: 'Ты честно назвал, что чувствуешь. В этом уже есть сила.' } });
    expect(await finishCheckin(chat, 'устал, скучаю, держусь')).toContain(
      `✅ ${closing}\n\nТы честно назвал, что чувствуешь. В этом уже есть сила.\n\n`,
    );
    llmSuite.fake.script({ answer: { reflection: 'You named your feelings honestly; there is strength in that.' } });
    const refused = await finishCheckin(chat, 'устал, скучаю, держусь');
    expect(refused).not.toContain('honestly');
    expect(refused.split('\n\n')[0]).toBe(`✅ ${closing}`);
  });
});
