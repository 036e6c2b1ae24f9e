import { describe, expect, it } from 'vitest';
import { useFakeOpenAI } from '../../../test/factories/llm-suite.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';

describe('LLM coach: a question’s choices', () => {
  const llmSuite = useFakeOpenAI({ coach: true });
  const coach = () => llmSuite.coach();

  it('offers the model’s likely answers as choices, listed under the question it stores, and drops a broken list', async () => {
    llmSuite.fake.script(
      {
        answer: {
          status: 'need_clarification',
          question: 'Which Spanish do you need first?',
          choices: ['For travel', 'No'],
        },
      },
      { answer: { status: 'need_clarification', question: 'Which Spanish do you need first?', choices: 'travel' } },
    );
    expect(await coach().clarifyGoal(aCoachContext())).toEqual({
      status: 'need_clarification',
      question: 'Which Spanish do you need first?\n• For travel\n• No',
      choices: ['For travel', 'No'],
      source: 'llm',
    });
    expect(await coach().clarifyGoal(aCoachContext())).toMatchObject({
      question: 'Which Spanish do you need first?',
      choices: undefined,
    });
  });
});
