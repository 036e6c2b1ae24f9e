// The health program's educational content: a piece as a task links it, and as `/api/health/education` serves it.
import { z } from 'zod';
import { EDUCATION_TYPES } from '../../../../core/health/education.js';
import { LOCALES } from '../../../../core/goals/model.js';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _');

export const RelatedContent = z.object({
  id: z.string().describe('GET /api/health/education/{id} gives it alone'),
  topic: z.string(),
  type: z.enum(EDUCATION_TYPES),
  title: z.string(),
  body: z.string(),
  sources: z.array(z.object({ title: z.string(), url: z.string() })).describe('the public pages it rests on'),
  updated: z.string().describe('when it was last checked against its sources (YYYY-MM-DD)'),
});

export const EducationJson = RelatedContent.extend({
  related_habits: z.array(z.object({ habit_id: z.string(), name: z.string() })),
});

export const EducationListJson = z.object({ items: z.array(EducationJson) });

export const EducationQuery = z.strictObject({
  habit: Id.max(80).optional().describe('only the pieces that explain this habit'),
  topic: Id.max(80).optional().describe('only the pieces on this topic'),
  lang: z.enum(LOCALES).optional().describe("answer in this language instead of the user's own"),
});

export const EducationParams = z.strictObject({ id: Id.max(80) });
