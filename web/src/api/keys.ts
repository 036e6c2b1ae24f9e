import type { Locale } from './contract/common';

/**
 * TanStack Query keys. Texts come in the reader's language, so localised reads carry the locale:
 * switching the language refetches them. Invalidating a prefix (`['health']`) refreshes its family.
 */
export const keys = {
  me: ['me'] as const,
  joined: ['joined'] as const,
  progress: (lang: Locale) => ['progress', lang] as const,
  programs: (lang: Locale) => ['programs', lang] as const,
  exercises: (lang: Locale) => ['exercises', lang] as const,
  entries: ['entries'] as const,
  goals: ['goals'] as const,
  goalList: ['goals', 'list'] as const,
  goalStep: (id: string) => ['goals', id, 'step'] as const,
  goalHistory: (id: string) => ['goals', id, 'history'] as const,
  health: ['health'] as const,
  today: (lang: Locale) => ['health', 'today', lang] as const,
  progression: (lang: Locale) => ['health', 'progression', lang] as const,
  adaptations: (lang: Locale) => ['health', 'adaptations', lang] as const,
  readiness: (lang: Locale) => ['health', 'readiness', lang] as const,
  profile: (lang: Locale) => ['health', 'profile', lang] as const,
  quiz: (lang: Locale) => ['health', 'quiz', lang] as const,
  history: (lang: Locale, program: string) => ['history', program, lang] as const,
};
