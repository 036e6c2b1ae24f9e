import { trainedCrisisCheck } from '../../src/main/app.js';
import type { SafetyCheck } from '../../src/core/safety.port.js';

let shared: SafetyCheck | undefined;

/** The real crisis check, trained once per test file (about a second) and shared by its apps. */
export function sharedCrisisCheck(): SafetyCheck {
  return (shared ??= trainedCrisisCheck());
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
