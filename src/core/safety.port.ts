/** What a crisis check found. The category is logged and counted; the text never is. */
export type CrisisCategory = 'self_harm' | 'harm_others' | 'child_danger';

export type SafetyVerdict = { crisis: false } | { crisis: true; category: CrisisCategory };

/** Runs on every free text a user sends before any coaching happens. */
export interface SafetyCheck {
  check(text: string): SafetyVerdict;
}
