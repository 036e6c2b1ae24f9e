import { openAiSdk } from './openai-sdk.js';
import type { Config } from '../../config/env.js';
import type { ChatMessage } from './prompts.js';

export interface LlmEndpoint {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

/**
 * The extras asked while the user waits for a reply (refining an unsure intent, a reflection)
 * give up sooner than LLM_TIMEOUT_MS: the offline answer is ready and good enough.
 */
export const INTERACTIVE_TIMEOUT_MS = 6_000;

/** The configured OpenAI-compatible endpoint, or undefined when Stepwise runs offline. */
export function llmEndpoint(config: Readonly<Config>): LlmEndpoint | undefined {
  const { provider, baseUrl, model, apiKey, timeoutMs } = config.llm;
  if (provider !== 'openai' || !baseUrl || !model) return undefined;
  return { baseUrl, model, apiKey, timeoutMs: Math.min(timeoutMs, INTERACTIVE_TIMEOUT_MS) };
}

export type JsonReply =
  { ok: true; json: unknown } | { ok: false; reason: 'timeout' | 'http' | 'invalid'; problem: string };

/**
 * One Chat Completions call in JSON mode, no retries, bounded by the endpoint's timeout. The reply
 * is read as the first `{` to the last `}` (a ```json fence or surrounding prose is tolerated).
 * Failures are values; `problem` holds an HTTP status or a fixed phrase, never the model's text.
 */
export function createJsonCompletion(target: LlmEndpoint) {
  const client = new (openAiSdk())({
    baseURL: target.baseUrl,
    apiKey: target.apiKey ?? 'not-needed',
    timeout: target.timeoutMs,
    maxRetries: 0,
  });
  return async (messages: ChatMessage[], temperature: number): Promise<JsonReply> => {
    let content: string | null | undefined;
    try {
      const completion = await client.chat.completions.create({
        model: target.model,
        messages,
        temperature,
        response_format: { type: 'json_object' },
      });
      content = completion.choices[0]?.message?.content;
    } catch (error) {
      if (error instanceof openAiSdk().APIConnectionTimeoutError)
        return { ok: false, reason: 'timeout', problem: 'timeout' };
      return {
        ok: false,
        reason: 'http',
        problem: error instanceof openAiSdk().APIError && error.status ? `HTTP ${error.status}` : (error as Error).name,
      };
    }
    const start = content?.indexOf('{') ?? -1;
    const end = content?.lastIndexOf('}') ?? -1;
    if (!content || start < 0 || end <= start)
      return { ok: false, reason: 'invalid', problem: 'the answer was not a JSON object' };
    try {
      return { ok: true, json: JSON.parse(content.slice(start, end + 1)) };
    } catch {
      return { ok: false, reason: 'invalid', problem: 'the answer was not valid JSON' };
    }
  };
}
