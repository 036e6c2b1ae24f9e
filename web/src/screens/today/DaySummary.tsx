import { useId } from 'react';
import type { Joined } from '../../api/contract/account';
import { useI18n } from '../../i18n/I18nProvider';
import { useGoalHistory } from '../goals/queries';
import { useToday } from '../health/queries';
import { useProgress } from '../program/queries';
import { dayDone, nothingYet } from './day-summary';
import { useNow } from '../../ui/useNow';

/**
 * What the person has done today, under the cards of what to do now: the day adds up to something visible. It reads
 * what the cards above already read (the same queries), plus the active goal's finished steps.
 */
export function DaySummary(props: { joined: Joined }) {
  const { t, timeZone } = useI18n();
  const heading = useId();
  const { joined } = props;
  const plan = useToday(joined.health).data;
  const history = useGoalHistory(joined.active_goal ?? '', joined.active_goal !== null).data;
  const progress = useProgress(joined.recovery).data;
  const now = useNow();
  const done = dayDone({ plan, history, progress }, now, timeZone());
  const items = [
    ...done.steps.map((text) => `🎯 ${text}`),
    ...done.tasks.map((text) => `🌿 ${text}`),
    ...done.milestones.map((name) => `🏅 ${t.today.summaryMilestone(name)}`),
    ...(done.practised > 0 ? [`🌱 ${t.today.summaryPractised(done.practised)}`] : []),
  ];
  return (
    <section className="card today-card day-summary" aria-labelledby={heading}>
      <h2 id={heading}>{t.today.summaryHeading}</h2>
      {nothingYet(done) ? (
        <p className="muted">{t.today.summaryNothing}</p>
      ) : (
        <ul className="day-summary__list">
          {items.map((item, at) => (
            <li key={at}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
