import OpenAI from 'openai';
import type { Coach, CoachContext, CoachResult } from '../../core/goals/coach.port.js';
import type { Locale, Step } from '../../core/goals/model.js';
import type { Counters, Log } from '../../core/ports.js';
import { inLanguage, parseAnswer } from './answer.schema.js';
import { buildPrompt, type ChatMessage, type Operation } from './prompts.js';

export interface LlmCoachOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Answers when the model fails twice: the user always gets a step. */
  fallback: Coach;
  counters: Counters;
  log: Log;
}

type Attempt =
  | { ok: true; result: CoachResult }
  | { ok: false; reason: 'timeout' | 'http' | 'invalid'; problem: string; raw?: string };

/**
 * A coach over any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, llama.cpp server,
 * vLLM). One retry on any failure — for bad output, the retry shows the model its answer and the
 * problem — then the fallback coach answers. Only reasons are logged, never prompts or answers.
 */
export function createLlmCoach(llmCoachOptions: LlmCoachOptions): Coach {
  const client = new OpenAI({
    baseURL: llmCoachOptions.baseUrl,
    apiKey: llmCoachOptions.apiKey ?? 'not-needed',
    timeout: llmCoachOptions.timeoutMs,
    maxRetries: 0,
  });

  const attempt = async (messages: ChatMessage[], mayAsk: boolean, locale: Locale): Promise<Attempt> => {
    let raw: string | null | undefined;
    try {
      const completion = await client.chat.completions.create({
        model: llmCoachOptions.model,
        messages,
        temperature: 0.4,
        response_format: { type: 'json_object' },
      });
      raw = completion.choices[0]?.message?.content;
    } catch (error) {
      const reason = error instanceof OpenAI.APIConnectionTimeoutError ? 'timeout' : 'http';
      const status = error instanceof OpenAI.APIError ? error.status : undefined;
      return { ok: false, reason, problem: status ? `HTTP ${status}` : (error as Error).name };
    }
    const parsed = parseAnswer(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', problem: parsed.problem, raw: raw ?? '' };
    const item = parsed.answer;
    if (!inLanguage(item.status === 'ok' ? item.step : item.question, locale)) {
      return {
        ok: false,
        reason: 'invalid',
        problem: `the answer is not in ${locale === 'ru' ? 'Russian' : 'English'}`,
        raw: raw ?? '',
      };
    }
    if (item.status === 'need_clarification') {
      if (!mayAsk)
        return { ok: false, reason: 'invalid', problem: 'a step was required, not a question', raw: raw ?? '' };
      return { ok: true, result: { status: 'need_clarification', question: item.question, source: 'llm' } };
    }
    return {
      ok: true,
      result: { status: 'ok', step: item.step, estimatedMinutes: item.estimated_minutes, source: 'llm' },
    };
  };

  const ask = async (
    op: Operation,
    ctx: CoachContext,
    fallback: () => Promise<CoachResult>,
    current?: Pick<Step, 'text'>,
    comment?: string,
  ): Promise<CoachResult> => {
    const messages = buildPrompt(op, ctx, current, comment);
    const first = await attempt(messages, ctx.mayAsk, ctx.locale);
    if (first.ok) return first.result;
    const repair: ChatMessage[] =
      first.reason === 'invalid'
        ? [
            ...messages,
            { role: 'assistant', content: (first.raw ?? '').slice(0, 2000) },
            {
              role: 'user',
              content: `That answer cannot be used (${first.problem}). Answer again with only the JSON object described in the rules.`,
            },
          ]
        : messages;
    const second = await attempt(repair, ctx.mayAsk, ctx.locale);
    if (second.ok) return second.result;
    llmCoachOptions.counters.inc('coach_fallback', { reason: second.reason });
    llmCoachOptions.log.warn(
      { event: 'coach_fallback', op, first: first.problem, second: second.problem, reason: second.reason },
      'LLM coach failed twice; the offline coach answered',
    );
    return { ...(await fallback()), source: 'fallback' } as CoachResult;
  };

  return {
    clarifyGoal: (ctx) => ask('clarifyGoal', ctx, () => llmCoachOptions.fallback.clarifyGoal(ctx)),
    firstStep: (ctx) => ask('firstStep', ctx, () => llmCoachOptions.fallback.firstStep(ctx)),
    nextStep: (ctx) => ask('nextStep', ctx, () => llmCoachOptions.fallback.nextStep(ctx)),
    rephrase: (ctx, current, comment) =>
      ask('rephrase', ctx, () => llmCoachOptions.fallback.rephrase(ctx, current, comment), current, comment),
  };
}
