// The health pack's frame files, and the health notes a person can declare.

export const FILES = {
  archetypes: 'archetypes.yaml',
  notes: 'notes.yaml',
  quiz: 'quiz.yaml',
  blocks: 'blocks.yaml',
  levels: 'levels.yaml',
  education: 'education.yaml',
} as const;

/** The health notes a person can declare; habits name them in `contraindications`. */
export const HEALTH_NOTE_IDS = [
  'knee_injury',
  'back_pain',
  'pregnancy',
  'high_blood_pressure',
  'heart_condition',
  'diabetes',
  'asthma',
  'limited_mobility',
  'joint_pain',
  'recent_surgery',
  'eating_disorder_history',
  'sleep_disorder',
  'social_anxiety',
  'dizziness_or_fainting',
] as const;
