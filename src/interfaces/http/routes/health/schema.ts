/**
 * `/api/health/*`: the health program. The task is the seed's "Expected Advanced System Output"
 * shape, key for key; the response schemas list every key, since a key missing here would be
 * dropped from the answer. One module per part: the profile and quiz, today's plan, marks and
 * progression, the calendar feed.
 */
export { ProfileBody, ProfileJson, QuizBody, QuizJson, QuizSuggestionJson } from './profile.schema.js';
export { TaskJson, TodayJson } from './plan.schema.js';
export { MarkBody, MarkJson, ProgressionJson, TaskParams } from './progress.schema.js';
export { CalendarJson, IcsQuery } from './calendar.schema.js';
