import { readFileSync } from 'node:fs';
import { trainedCrisisCheck } from '../../src/main/trained-crisis-check.js';
import { silentLog } from '../../src/core/ports.js';
import {
  CRISIS_LEVELS,
  type CrisisLevel,
  type CrisisScreen,
  type SafetyCheck,
  setAsideSteps,
} from '../../src/core/safety.port.js';
import { createCrisisScreen } from '../../src/services/safety/crisis-screen.js';
import { fixedClock } from './clock.js';

let shared: SafetyCheck | undefined;

/** The real crisis check, trained once per test file (about a second) and shared by its apps. */
export function sharedCrisisCheck(): SafetyCheck {
  return (shared ??= trainedCrisisCheck());
}

/** The screen every interface uses, offline (no second opinion), over the shared check; counts nothing. */
export function offlineScreen(): CrisisScreen {
  return createCrisisScreen({
    safety: sharedCrisisCheck(),
    counters: { inc: () => undefined },
    log: silentLog,
    clock: fixedClock(),
  });
}

/**
 * The real check, but never unsure: with a language model configured, tests that script the model
 * for something else (intent refinement, reflections) get no safety second-opinion calls between.
 */
export function sureCrisisCheck(): SafetyCheck {
  const check = sharedCrisisCheck();
  return {
    check(text) {
      const verdict = check.check(text);
      return verdict.crisis ? verdict : { crisis: false, uncertain: false };
    },
  };
}

/** The levels a person sets aside with one answer ("not about my safety"); an `imminent` finding takes two. */
const ONE_ANSWER: readonly CrisisLevel[] = CRISIS_LEVELS.filter((level) => setAsideSteps({ level }) === 1);

/**
 * Goal texts labelled no crisis (`test/fixtures/safety/goal-texts.jsonl`) that the real check still answers with
 * the model's crisis reply today, shortest first: false alarms a person may set aside. `levels`: the findings' levels,
 * by default those set aside with one answer (`setAsideSteps`); `['imminent']` for those that take two. Picked at run
 * time, so a better model changes the examples, not the tests. Only texts read alike as a chat message and as a
 * goal's words (a title or a description, whose register may one day read them otherwise): the tests use them as
 * either.
 */
export function modelFalseAlarms(lang: 'en' | 'ru', levels: readonly CrisisLevel[] = ONE_ANSWER): string[] {
  const check = sharedCrisisCheck();
  return readFileSync(new URL('../fixtures/safety/goal-texts.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { lang: string; text: string; crisis: boolean })
    .filter((item) => item.lang === lang && !item.crisis)
    .map((item) => item.text)
    .filter((text) =>
      [check.check(text), check.check(text, 'title'), check.check(text, 'description')].every(
        (verdict) => verdict.crisis && verdict.source === 'model' && levels.includes(verdict.level),
      ),
    )
    .sort((left, right) => left.length - right.length);
}
