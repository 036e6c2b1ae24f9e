import type { EntryServices } from '../../../services/entries/entry-services.js';
import type { BiometricServices } from '../../../services/health/biometrics/biometric-services.js';
import type { HealthServices } from '../../../services/health/health-services.js';
import type { GoalServices } from '../../../services/goals/goal-services.js';
import type { ReminderServices } from '../../../services/reminders/reminders.js';
import type { TrackServices } from '../../../services/tracks/track-services.js';
import type { ChatFeature } from '../feature.js';
import { exercisesFeature } from './exercises/exercises.feature.js';
import { feedbackFeature } from './feedback/feedback.feature.js';
import { basicsFeature } from './basics/basics.feature.js';
import { entriesFeature } from './entries/entries.feature.js';
import { goalsFeature } from './goals/goals.feature.js';
import { goalOfferFeature } from './goals/goal-offer.js';
import { biometricsFeature } from './health/biometrics.feature.js';
import { healthFeature } from './health/health.feature.js';
import { safetyFeature } from './safety/safety.feature.js';
import { remindersFeature } from './reminders/reminders.feature.js';
import { settingsFeature } from './settings/settings.feature.js';
import { tracksFeature } from './tracks/tracks.feature.js';

export interface ChatFeatureDeps {
  goals: GoalServices;
  /** The programs with tracks; absent, the chat is the plain goal coach. */
  tracks?: TrackServices;
  /** Daily reminders of the open goal step (absent in tests that do not need them). */
  reminders?: ReminderServices;
  /** The person's saved exercise entries (/entries), open whether or not the track system is on. */
  entries?: EntryServices;
  /** The health program (/health, /today…); `publicUrl` is where its calendar feed is reached. */
  health?: HealthServices;
  /** Readings, readiness and plan adaptations (/checkin, /readiness); needs `health`. */
  biometrics?: BiometricServices;
  publicUrl?: string;
}

/**
 * Every chat feature, in the order free text is offered to them (the goal coach reads "done" and
 * answers to its questions before the recovery program's intent router sees the rest; a goal of one's own that
 * nothing else read is offered as a goal last). A new
 * feature is a folder here and one line in this list.
 */
export function createChatFeatures(deps: ChatFeatureDeps): ChatFeature[] {
  const { goals, tracks, reminders, entries, health, biometrics } = deps;
  return [
    basicsFeature({ programs: tracks, health: Boolean(health) }),
    safetyFeature(),
    goalsFeature({ goals, tracks }),
    settingsFeature({ goals }),
    ...(entries ? [entriesFeature({ entries })] : []),
    ...(reminders ? [remindersFeature({ reminders })] : []),
    ...(tracks ? [tracksFeature({ tracks, goals }), exercisesFeature({ tracks }), feedbackFeature({ tracks })] : []),
    ...(health ? [healthFeature({ health, tracks, reminders, publicUrl: deps.publicUrl })] : []),
    ...(health && biometrics ? [biometricsFeature({ biometrics, health })] : []),
    goalOfferFeature(),
  ];
}
