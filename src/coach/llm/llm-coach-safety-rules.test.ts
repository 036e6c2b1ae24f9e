import { describe, expect, it } from 'vitest';
import { useFakeOpenAI } from '../../../test/factories/llm-suite.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';

const step = (text: string, minutes = 15) => ({ answer: { status: 'ok', step: text, estimated_minutes: minutes } });

/** A goal that names wiring worked on live: its two safety steps given, so the model writes the next one. */
const chandelier = (locale: 'en' | 'ru') => ({
  ...aCoachContext({
    locale,
    goal: {
      id: 'g',
      goalType: null,
      ...(locale === 'en'
        ? {
            title: 'Hang the new chandelier in the living room',
            description: "The breakers aren't labelled, so I'll just turn off the light switch and connect it.",
          }
        : {
            title: 'Повесить новую люстру в зале',
            description: 'Автоматы в щитке не подписаны, просто выключу выключатель и буду подключать.',
          }),
    },
  }),
  usedKeys: { 'hz-wire-off': 1, 'hz-wire-pro': 1 },
});

describe('LLM coach: the safety rule of a danger the goal names', () => {
  const llmSuite = useFakeOpenAI({ coach: true });
  const coach = () => llmSuite.coach({ dangers: true });

  it.each([
    [
      'en',
      'Unscrew the old ceiling rose and connect the chandelier wires to it.',
      'With the main switch off, check with a tester that the ceiling wires are dead, then hang the chandelier.',
    ],
    [
      'ru',
      'Открути старый патрон и подключи провода люстры.',
      'Выключи главный автомат в щитке, проверь индикатором, что провода обесточены, и только потом вешай люстру.',
    ],
  ] as const)(
    '%s: the model is told the rule, and a step that breaks it is retried once, naming the rule',
    async (locale, unsafe, safe) => {
      llmSuite.fake.script(step(unsafe), step(safe));
      const result = await coach().nextStep(chandelier(locale));
      expect(result).toMatchObject({ status: 'ok', source: 'llm', step: safe });
      const told = llmSuite.fake.requests[0]!.messages[1]!.content;
      expect(told).toContain('Safety rules for the dangers named');
      expect(told).toContain('switch the power off at the main switch first');
      const retry = llmSuite.fake.requests[1]!.messages.at(-1)!.content;
      expect(retry).toContain('the step breaks this safety rule');
      // The log names the broken rule's kind only, never the step or the goal.
      expect(llmSuite.lines.join('\n')).not.toContain('люстр');
    },
  );

  it('gives the offline step when the model breaks the rule twice', async () => {
    llmSuite.fake.script(
      step('Wire the new chandelier to the ceiling cables this evening.'),
      step('Connect the chandelier: brown wire to live, blue to neutral.'),
    );
    const result = await coach().nextStep(chandelier('en'));
    expect(result.source).toBe('fallback');
    expect(await llmSuite.metrics.total('coach_fallback')).toBe(1);
  });

  it('tells no safety rule for a goal that names no danger', async () => {
    llmSuite.fake.script(step('Measure the ceiling height in the living room.'));
    const ctx = aCoachContext({
      goal: { id: 'g', goalType: null, title: 'Hang the new chandelier in the living room', description: null },
    });
    expect(await coach().nextStep(ctx)).toMatchObject({ source: 'llm' });
    expect(llmSuite.fake.requests[0]!.messages[1]!.content).not.toContain('Safety rules');
  });
});
