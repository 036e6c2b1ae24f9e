import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './api-harness.js';
import type { User } from '../../src/core/goals/model.js';
import { modelFalseAlarms } from '../factories/safety.js';

const PATTERN = 'I want to kill myself';
const EMERGENCY = /^If you or someone near you is in danger right now/;

describe('HTTP: words an imminent finding answered go on only with not_a_crisis and then confirm_safe', () => {
  let api: ApiHarness;
  const imminent = modelFalseAlarms('en', ['imminent']).find((text) => text.length <= 80)!;
  const imminentRu = modelFalseAlarms('ru', ['imminent'])[0]!;
  const concern = modelFalseAlarms('en', ['concern']).find((text) => text.length <= 80)!;
  const titles = async (user: User) =>
    (await api.call('GET', '/api/goals', user)).body.goals.map((goal: { title: string }) => goal.title);
  beforeAll(async () => {
    expect([imminent, imminentRu, concern], 'false alarms of the model at each level').toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    api = await startApi('sqlite');
  });
  afterAll(() => api.dispose());

  it('answers not_a_crisis on an imminent title with the help once more and must_confirm_safe; confirm_safe creates it', async () => {
    const user = await api.user(970_001);
    const first = await api.call('POST', '/api/goals', user, { title: imminent });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ may_set_aside: true, must_confirm_safe: false, safety: { level: 'imminent' } });
    const second = await api.call('POST', '/api/goals', user, { title: imminent, not_a_crisis: true });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ may_set_aside: true, must_confirm_safe: true });
    expect(second.body.safety.message).toMatch(EMERGENCY);
    expect(await titles(user)).toEqual([]);
    const third = await api.call('POST', '/api/goals', user, {
      title: imminent,
      not_a_crisis: true,
      confirm_safe: true,
    });
    expect(third.status).toBe(201);
    expect(third.body.goal.title).toBe(imminent);
  });

  it('asks twice in Russian for an imminent description, and keeps one answer for a concern title', async () => {
    const user = await api.user(970_002, 'ru');
    const goal = { title: 'Научиться самому менять колёса', description: imminentRu };
    const asked = await api.call('POST', '/api/goals?lang=ru', user, { ...goal, not_a_crisis: true });
    expect(asked.body).toMatchObject({ must_confirm_safe: true, safety: { level: 'imminent' } });
    expect(asked.body.safety.message).toMatch(/^Если тебе или кому-то рядом/);
    expect((await api.call('POST', '/api/goals', user, { ...goal, confirm_safe: true })).status).toBe(201);
    const once = await api.call('POST', '/api/goals', user, { title: concern, not_a_crisis: true });
    expect(once.status).toBe(201);
  });

  it('never sets a pattern’s finding aside, whatever the answers', async () => {
    const user = await api.user(970_003);
    const refused = await api.call('POST', '/api/goals', user, {
      title: PATTERN,
      not_a_crisis: true,
      confirm_safe: true,
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ may_set_aside: false, must_confirm_safe: false });
    expect(await titles(user)).toEqual([]);
  });

  it('asks twice for an imminent answer and an imminent comment on a step', async () => {
    const user = await api.user(970_004);
    const created = await api.call('POST', '/api/goals', user, { title: 'Learn to bake bread' });
    const goal = `/api/goals/${created.body.goal.id}`;
    const once = await api.call('POST', `${goal}/clarification`, user, { answer: imminent, not_a_crisis: true });
    expect(once.body).toMatchObject({ may_set_aside: true, must_confirm_safe: true });
    expect(once.body.goal).toBeUndefined();
    let reply = await api.call('POST', `${goal}/clarification`, user, { answer: imminent, confirm_safe: true });
    expect(reply.body.goal).toBeDefined();
    while (reply.body.question)
      reply = await api.call('POST', `${goal}/clarification`, user, { answer: reply.body.question.choices[0] });
    const step = reply.body.step.text as string;
    const asked = await api.call('POST', `${goal}/step/rephrase`, user, { comment: imminent, not_a_crisis: true });
    expect(asked.body).toMatchObject({ must_confirm_safe: true });
    const rephrased = await api.call('POST', `${goal}/step/rephrase`, user, {
      comment: imminent,
      not_a_crisis: true,
      confirm_safe: true,
    });
    expect(rephrased.body.step.text).not.toBe(step);
  });

  it('counts each answer by level and step in /metrics, and documents both fields in the OpenAPI document', async () => {
    const metrics = await api.http.inject({ url: '/metrics' });
    const lines = metrics.body.split('\n').filter((line) => line.startsWith('stepwise_crisis_set_aside_total{'));
    const count = (level: string, step: string) =>
      lines
        .filter((line) => line.includes(`level="${level}"`) && line.includes(`step="${step}"`))
        .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    // Earlier tests: imminent title (2 answers), Russian description (2), an answer (2) and a comment (2).
    expect(count('imminent', 'not_a_crisis')).toBe(4);
    expect(count('imminent', 'confirm_safe')).toBe(4);
    expect(count('concern', 'not_a_crisis')).toBe(1);
    const doc = (await api.http.inject({ url: '/api/docs/openapi.json' })).json();
    const create = doc.paths['/api/goals'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.properties.confirm_safe.description).toContain('I am safe, this is about something else');
    expect(JSON.stringify(create.responses['200'])).toContain('must_confirm_safe');
    expect(create.description).toContain('confirm_safe');
  });
});
