import type { Kysely } from 'kysely';
import type {
  ChatStateStore,
  ExerciseStore,
  HealthStore,
  ProcessedUpdates,
  SettingStore,
  Stores,
  SuggestionFeedbackStore,
  TrackStore,
} from '../core/ports.js';
import { createChatStateRepository } from './repositories/chat-state.repository.js';
import { createClarificationRepository } from './repositories/clarification.repository.js';
import { createExerciseRepository, createSettingRepository } from './repositories/exercise.repository.js';
import { createGoalRepository } from './repositories/goal.repository.js';
import { createBiometricRepository } from './repositories/biometric.repository.js';
import { createHealthRepository } from './repositories/health.repository.js';
import { createProcessedUpdateRepository } from './repositories/processed-update.repository.js';
import { createStepRepository } from './repositories/step.repository.js';
import { createSuggestionFeedbackRepository } from './repositories/suggestion-feedback.repository.js';
import { createTrackRepository } from './repositories/track.repository.js';
import { createUserRepository } from './repositories/user.repository.js';
import { createReminderRepository } from './repositories/reminder.repository.js';
import type { Database } from './schema.js';
import type { ReminderStore } from '../core/goals/reminders.js';
import type { BiometricStore } from '../core/health/biometrics/stores.port.js';
import type { WebSessionStore } from '../core/auth/web-sessions.port.js';
import type { Sealer } from '../core/privacy/sealer.port.js';
import { createSealer } from './crypto/aes-gcm-sealer.js';
import { createWebSessionRepository } from './repositories/web-session.repository.js';
import { createStoreMemory, type StoreMemory } from './store-memory.js';

export interface AllStores extends Stores {
  chatStates: ChatStateStore;
  processedUpdates: ProcessedUpdates;
  tracks: TrackStore;
  exercises: ExerciseStore;
  settings: SettingStore;
  feedback: SuggestionFeedbackStore;
  reminders: ReminderStore;
  health: HealthStore;
  biometrics: BiometricStore;
  webSessions: WebSessionStore;
}

/**
 * Every repository over one database. The repositories that keep what people write seal it with
 * `sealer` (the app builds it from DATA_KEY); without one, nothing is sealed and only plain values open.
 * `memory`: what they remember between calls (store-memory.ts), the same for the store's transactions.
 */
export function createStores(
  db: Kysely<Database>,
  sealer: Sealer = createSealer(),
  memory: StoreMemory = createStoreMemory(),
): AllStores {
  return {
    users: createUserRepository(db),
    goals: createGoalRepository(db, sealer),
    steps: createStepRepository(db, sealer),
    clarifications: createClarificationRepository(db, sealer),
    chatStates: createChatStateRepository(db, sealer),
    processedUpdates: createProcessedUpdateRepository(db),
    tracks: createTrackRepository(db, memory),
    exercises: createExerciseRepository(db, sealer),
    settings: createSettingRepository(db),
    feedback: createSuggestionFeedbackRepository(db),
    reminders: createReminderRepository(db),
    health: createHealthRepository(db, sealer),
    biometrics: createBiometricRepository(db, sealer),
    webSessions: createWebSessionRepository(db),
  };
}
