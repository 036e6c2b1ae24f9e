import type { Answers, Prompt } from '../../../api/contract/tracks';
import type { Messages } from '../../../i18n/en';

/** What is missing or too long, by prompt id; empty when the answers can be sent. */
export function problems(texts: Messages, prompts: Prompt[], answers: Answers): Record<string, string> {
  const found: Record<string, string> = {};
  for (const prompt of prompts) {
    const answer = answers[prompt.id];
    const empty = answer === undefined || (typeof answer === 'string' && answer.trim() === '');
    if (empty && !prompt.optional) found[prompt.id] = texts.exercises.required;
    else if (prompt.kind === 'text' && typeof answer === 'string' && answer.length > prompt.max_length)
      found[prompt.id] = texts.exercises.tooLong(prompt.max_length);
  }
  return found;
}

/** The answers to send: blank optional texts left out, texts trimmed. */
export const cleaned = (answers: Answers): Answers =>
  Object.fromEntries(
    Object.entries(answers)
      .map(([id, answer]) => [id, typeof answer === 'string' ? answer.trim() : answer] as const)
      .filter(([, answer]) => answer !== ''),
  );
