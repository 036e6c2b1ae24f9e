import { randomUUID } from 'node:crypto';
import type { Goal, Step, User } from '../../src/core/goals/model.js';

const T0 = new Date('2026-03-01T09:00:00Z');

export const aUser = (over: Partial<User> = {}): User => ({
  id: randomUUID(),
  locale: 'en',
  tone: 'friendly',
  displayName: null,
  createdAt: T0,
  ...over,
});

export const aGoal = (userId: string, over: Partial<Goal> = {}): Goal => ({
  id: randomUUID(),
  userId,
  title: 'Learn Spanish',
  description: null,
  status: 'active',
  goalType: null,
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

export const aStep = (goal: Goal, over: Partial<Step> = {}): Step => ({
  id: randomUUID(),
  goalId: goal.id,
  userId: goal.userId,
  text: 'Write down three reasons',
  estimatedMinutes: 10,
  status: 'open',
  rephrased: false,
  userComment: null,
  source: 'offline',
  coachKey: null,
  createdAt: T0,
  completedAt: null,
  ...over,
});
