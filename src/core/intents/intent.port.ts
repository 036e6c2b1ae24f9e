/** How sure the router is of an intent, and so what the bot does with it (see `routeDecision`). */
export type ConfidenceBand = 'high' | 'medium' | 'low';

/** What a free-text message is about, as the program's intent router (and maybe a model) read it. */
export interface DetectedIntent {
  intent: string;
  /** `null` for greetings, thanks, off-topic and the like. */
  track: string | null;
  /** The probability of `intent`, 0–1. */
  confidence: number;
  /** The exercise the intent starts, when it has one. */
  exercise?: string;
  band: ConfidenceBand;
  /** Who decided: the offline router, or a model asked because the router was unsure. */
  source?: 'offline' | 'llm';
}

/** Reads the intent of one message within a program (offline, optionally refined by a model). */
export interface IntentDetector {
  detect(programId: string, text: string): Promise<DetectedIntent>;
}

/** What came of asking a model about an unsure intent (`stepwise_intent_refinements_total{outcome}`). */
export type RefinementOutcome = 'changed' | 'confirmed' | 'unsure' | 'unknown_intent' | 'invalid' | 'timeout' | 'http';
