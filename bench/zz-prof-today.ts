import { startApi } from '../test/http/api-harness.js';
const api = await startApi('sqlite');
api.app.clock.advance(new Date('2026-11-30T09:00:00Z').getTime() - api.app.clock.now().getTime());
const user = await api.user(42, 'ru');
await api.app.health.updateProfile(user.id, { archetype: 'systematic_improver', schedule: { timeZone: 'Europe/Berlin', wake: '06:30', sleep: '22:30', work: { start: '09:00', end: '17:30', days: [1,2,3,4,5] }, exercise: 'evening' } });
const auth = `Bearer ${api.token(user.id)}`;
const run = () => api.http.inject({ method: 'GET', url: '/api/health/plan/today', headers: { authorization: auth } });
for (let i = 0; i < 30; i++) await run();
const N = Number(process.env.N ?? 300);
const samples: number[] = [];
const svc: number[] = [];
for (let i = 0; i < N; i++) { const t = performance.now(); await run(); samples.push(performance.now() - t); }
for (let i = 0; i < N; i++) { const t = performance.now(); await api.app.health.today(user.id, { locale: 'ru' }); svc.push(performance.now() - t); }
samples.sort((a, b) => a - b); svc.sort((a, b) => a - b);
const body = (await run()).body;
console.log('inject median', samples[N/2|0].toFixed(2), 'p99', samples[Math.floor(N*0.99)].toFixed(2), '| service median', svc[N/2|0].toFixed(2), 'p99', svc[Math.floor(N*0.99)].toFixed(2), '| body KB', (body.length/1024).toFixed(0));
await api.dispose();
process.exit(0);
