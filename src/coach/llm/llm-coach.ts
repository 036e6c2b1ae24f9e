import type OpenAI from 'openai';
import { openAiSdk } from './openai-sdk.js';
import type {
  Coach,
  CoachContext,
  CoachResult,
  DangerLead,
  DangersNamed,
  SafetyRule,
} from '../../core/goals/coach.port.js';
import type { ConstraintReader, StatedConstraints, Violation } from '../../core/goals/constraints.js';
import { type Locale, type Step, withChoices } from '../../core/goals/model.js';
import type { Counters, Log } from '../../core/ports.js';
import { inLanguage, parseAnswer } from './answer.schema.js';
import { nearCopyOf } from './near-copy.js';
import { AREAS, buildPrompt, type ChatMessage, type Operation, reasonsOf } from './prompts.js';

export interface LlmCoachOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Answers when the model fails twice: the user always gets a step. */
  fallback: Coach;
  /** Dangers the goal names in passing: their safety steps come first, and the model is told of them and their rules. */
  dangers?: DangerLead;
  /** Reads what the person ruled out, as the offline coach reads it (content/goals/rephrase.yaml). */
  constraints: ConstraintReader;
  counters: Counters;
  log: Log;
}

type Attempt =
  | { ok: true; result: CoachResult }
  | {
      ok: false;
      reason: 'timeout' | 'http' | 'invalid';
      /** A fixed phrase, safe to log. */
      problem: string;
      raw?: string;
      /** The problem as the model is told it, naming what the person ruled out (never logged). */
      detail?: string;
    };

interface AnswerRules {
  mayAsk: boolean;
  locale: Locale;
  /** Steps the answer must not repeat: the current one (on a rephrase), the recent and the rejected ones. */
  avoid: string[];
  /** What the person ruled out in their reasons and answers: a step that needs it is a failed answer. */
  constraints: StatedConstraints;
  reader: ConstraintReader;
  /** The safety rules of the dangers the goal names: a step that breaks one is a failed answer. */
  safety: SafetyRule[];
}

/** A broken constraint as the model is told it on the retry. */
const violationText = (violation: Violation) =>
  violation.kind === 'unavailable'
    ? `the step needs "${violation.thing}", which the user said they do not have or cannot reach; write a step that does without it`
    : violation.kind === 'too_long'
      ? `the step takes ${violation.minutes} minutes, but the user said it must take at most ${violation.max}; write a shorter step`
      : `the step needs ${AREAS[violation.area] ?? violation.area}, which the user ruled out; write a step that does without it`;

/**
 * One request and the checks on its answer: the shape, the language, a question only when allowed,
 * and a step that is new — a model's copy of the current or a recent step is a failed answer, not
 * "another way to go".
 */
async function askOnce(client: OpenAI, model: string, messages: ChatMessage[], rules: AnswerRules): Promise<Attempt> {
  const { mayAsk, locale } = rules;
  let raw: string | null | undefined;
  try {
    const completion = await client.chat.completions.create({
      model,
      messages,
      temperature: 0.4,
      response_format: { type: 'json_object' },
    });
    raw = completion.choices[0]?.message?.content;
  } catch (error) {
    const reason = error instanceof openAiSdk().APIConnectionTimeoutError ? 'timeout' : 'http';
    const status = error instanceof openAiSdk().APIError ? error.status : undefined;
    return { ok: false, reason, problem: status ? `HTTP ${status}` : (error as Error).name };
  }
  const parsed = parseAnswer(raw);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problem: parsed.problem, raw: raw ?? '' };
  const answer = parsed.answer;
  if (!inLanguage(answer.status === 'ok' ? answer.step : answer.question, locale)) {
    return {
      ok: false,
      reason: 'invalid',
      problem: `the answer is not in ${locale === 'ru' ? 'Russian' : 'English'}`,
      raw: raw ?? '',
    };
  }
  if (answer.status === 'need_clarification') {
    if (!mayAsk)
      return { ok: false, reason: 'invalid', problem: 'a step was required, not a question', raw: raw ?? '' };
    // Stored as the offline coach stores its own: the question lists its choices, so a tap or a typed answer
    // under an old message is read against them and the buttons come back with the question (`questionParts`).
    const choices = answer.choices?.filter((choice) => inLanguage(choice, locale));
    const listed = choices && choices.length >= 2 ? choices : undefined;
    const question = listed ? withChoices(answer.question, listed) : answer.question;
    return { ok: true, result: { status: 'need_clarification', question, choices: listed, source: 'llm' } };
  }
  if (nearCopyOf(answer.step, rules.avoid) !== undefined)
    return {
      ok: false,
      reason: 'invalid',
      problem: 'the step repeats one already given; write a different step',
      raw: raw ?? '',
    };
  const broken = rules.reader.broken(
    { text: answer.step, estimatedMinutes: answer.estimated_minutes },
    rules.constraints,
  );
  if (broken)
    return {
      ok: false,
      reason: 'invalid',
      problem: `the step ignores a constraint the user stated (${broken.kind})`,
      detail: violationText(broken),
      raw: raw ?? '',
    };
  const unsafe = rules.safety.find((rule) => rule.breaks(answer.step));
  if (unsafe)
    return {
      ok: false,
      reason: 'invalid',
      problem: 'the step breaks the safety rule of a danger the goal names',
      detail: `the step breaks this safety rule: ${unsafe.instruction}`,
      raw: raw ?? '',
    };
  return {
    ok: true,
    result: { status: 'ok', step: answer.step, estimatedMinutes: answer.estimated_minutes, source: 'llm' },
  };
}

/**
 * A coach over any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, llama.cpp server,
 * vLLM). One retry on any failure — for bad output, the retry shows the model its answer and the
 * problem — then the fallback coach answers. Only reasons are logged, never prompts or answers.
 */
export function createLlmCoach(options: LlmCoachOptions): Coach {
  const client = new (openAiSdk())({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: options.timeoutMs,
    maxRetries: 0,
  });

  const attempt = (messages: ChatMessage[], rules: AnswerRules) => askOnce(client, options.model, messages, rules);
  const dangersIn = (ctx: CoachContext): DangersNamed => options.dangers?.read(ctx) ?? { names: [], halts: false };

  const ask = async (
    op: Operation,
    ctx: CoachContext,
    fallback: () => Promise<CoachResult>,
    current?: Pick<Step, 'text' | 'estimatedMinutes'>,
    comment?: string,
  ): Promise<CoachResult> => {
    // A model given "papers piled by the heater" or "a deposit for a flat I haven't seen" wrote steps for the goal and
    // walked past the danger: the offline safety steps come first, and a goal that is the danger itself (a scheme
    // to carry out) gets only the offline coach's path, whatever the model would write.
    const dangers = dangersIn(ctx);
    if (dangers.step && op !== 'rephrase') return dangers.step;
    if (dangers.halts) return fallback();
    const answers = ctx.clarifications.flatMap((clarification) => clarification.answer ?? []);
    const constraints = options.constraints.read({ reasons: reasonsOf(ctx), answers, comment, current });
    const safety = dangers.rules ?? [];
    const messages = buildPrompt(op, ctx, {
      current,
      comment,
      dangers: dangers.names,
      constraints,
      safetyRules: safety.map((rule) => rule.instruction),
    });
    const avoid = [
      ...(current ? [current.text] : []),
      ...ctx.history.map((step) => step.text),
      ...ctx.rejected.map((step) => step.text),
    ];
    const rules: AnswerRules = {
      mayAsk: ctx.mayAsk,
      locale: ctx.locale,
      avoid,
      constraints,
      reader: options.constraints,
      safety,
    };
    const first = await attempt(messages, rules);
    if (first.ok) return first.result;
    const repair: ChatMessage[] =
      first.reason === 'invalid'
        ? [
            ...messages,
            { role: 'assistant', content: (first.raw ?? '').slice(0, 2000) },
            {
              role: 'user',
              content: `That answer cannot be used (${first.detail ?? first.problem}). Answer again with only the JSON object described in the rules.`,
            },
          ]
        : messages;
    const second = await attempt(repair, rules);
    if (second.ok) return second.result;
    // A step that still ignores what the person ruled out or a danger's rule is not sent: the offline coach, which
    // reads the same reasons and leads with the same safety steps, answers instead of a third call.
    options.counters.inc('coach_fallback', { reason: second.reason });
    options.log.warn(
      { event: 'coach_fallback', op, first: first.problem, second: second.problem, reason: second.reason },
      'LLM coach failed twice; the offline coach answered',
    );
    return { ...(await fallback()), source: 'fallback' } as CoachResult;
  };

  return {
    clarifyGoal: (ctx) => ask('clarifyGoal', ctx, () => options.fallback.clarifyGoal(ctx)),
    firstStep: (ctx) => ask('firstStep', ctx, () => options.fallback.firstStep(ctx)),
    nextStep: (ctx) => ask('nextStep', ctx, () => options.fallback.nextStep(ctx)),
    rephrase: (ctx, current, comment) =>
      ask('rephrase', ctx, () => options.fallback.rephrase(ctx, current, comment), current, comment),
  };
}
