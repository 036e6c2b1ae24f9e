import { describe, expect, it } from 'vitest';
import { useFakeOpenAI } from '../../../test/factories/llm-suite.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';

const step = (text: string, minutes = 15) => ({ answer: { status: 'ok', step: text, estimated_minutes: minutes } });

describe('LLM coach: what the person said reaches the model, and a step that ignores it is retried once', () => {
  const llmSuite = useFakeOpenAI({ coach: true });
  const coach = () => llmSuite.coach();
  const swimming = (locale: 'en' | 'ru', answer: string, reasons: string[]) =>
    aCoachContext({
      goal: {
        id: 'g',
        title: locale === 'en' ? 'Learn to swim' : 'Научиться плавать',
        description: null,
        goalType: null,
      },
      clarifications: [
        { question: 'What would be different?', answer: 'No' },
        { question: 'Where are you starting from?', answer },
      ],
      reasons,
      locale,
    });
  const current = (minutes = 20) => ({
    text: 'Call the nearest pool about adult lessons.',
    coachKey: null,
    estimatedMinutes: minutes,
  });

  it.each([
    [
      'en',
      'I am scared of deep water since a boat trip',
      'there is no pool near me',
      'Swim two lengths at your local pool with a float.',
      'Practise putting your face in a basin of water and blowing bubbles for five minutes.',
      'pool',
    ],
    [
      'ru',
      'боюсь глубины после случая на лодке',
      'рядом нет бассейна',
      'Сходи в бассейн и проплыви две дорожки с доской.',
      'Потренируйся опускать лицо в таз с водой и выдыхать пузыри пять минут.',
      'бассейн',
    ],
  ] as const)(
    '%s: the typed answer and the reason are in the prompt; a step needing what was ruled out is retried, naming it',
    async (locale, typed, reason, violating, fitting, thing) => {
      llmSuite.fake.script(step(violating), step(fitting, 5));
      const result = await coach().rephrase(swimming(locale, typed, ['too boring']), current(), reason);
      expect(result).toMatchObject({ status: 'ok', source: 'llm', step: fitting });
      expect(llmSuite.fake.requests).toHaveLength(2);
      const prompt = llmSuite.fake.requests[0]!.messages.at(-1)!.content;
      expect(prompt).toContain(typed);
      expect(prompt).toContain(reason);
      expect(prompt).toContain('too boring');
      expect(prompt).toContain('constraints_stated');
      const retry = llmSuite.fake.requests[1]!.messages.at(-1)!.content;
      expect(retry).toContain(`"${thing}"`);
      // The log says a constraint was broken, never what the person wrote.
      expect(llmSuite.lines.join('\n')).not.toContain(thing);
    },
  );

  it('after "too long", a step as long as the one rejected is retried; a second too long gives the offline step', async () => {
    llmSuite.fake.script(
      step('Walk to the lake and back, noting where people swim.', 20),
      step('Read one page on floating.', 5),
    );
    const shorter = await coach().rephrase(swimming('en', 'a beginner', []), current(20), 'too long');
    expect(shorter).toMatchObject({ source: 'llm', estimatedMinutes: 5 });
    expect(llmSuite.fake.requests[1]!.messages.at(-1)!.content).toContain('at most 19');

    llmSuite.fake.script(step('Watch a 30-minute swimming lesson video.', 30), step('Watch two swimming videos.', 25));
    const fallback = await coach().rephrase(swimming('en', 'a beginner', []), current(20), 'too long');
    expect(fallback.source).toBe('fallback');
    expect(fallback.status === 'ok' && fallback.step).not.toMatch(/video/);
    expect(await llmSuite.metrics.total('coach_fallback')).toBe(1);
  });

  it('holds every step, not only a rephrase, to a reason given earlier', async () => {
    llmSuite.fake.script(
      step('Book a session at the pool for Saturday.'),
      step('Ask a friend who swims to show you floating at the lake.'),
    );
    const next = await coach().nextStep(swimming('en', 'nervous but keen', ["I don't have a pool nearby"]));
    expect(next).toMatchObject({ source: 'llm', step: 'Ask a friend who swims to show you floating at the lake.' });
  });

  it.each([
    ['en', "I can't afford lessons", 'Book a paid lesson at the pool.', 'Watch a free video on floating.'],
    ['ru', 'у меня нет машины', 'Съезди на машине к озеру и поплавай.', 'Полежи на спине в ванне, как на воде.'],
  ] as const)(
    '%s: «%s» rules out for the model what it rules out of the offline path, and the retry says what',
    async (locale, reason, violating, fitting) => {
      llmSuite.fake.script(step(violating), step(fitting));
      const next = await coach().nextStep(swimming(locale, 'a beginner', [reason]));
      expect(next).toMatchObject({ source: 'llm', step: fitting });
      expect(llmSuite.fake.requests[1]!.messages.at(-1)!.content).toMatch(/the user (ruled out|said they do not have)/);
    },
  );
});
