import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Change } from './series';

/** The chart as a table (the accessible way to read it): every change, newest first. */
export function HistoryTable(props: { rows: Change[] }) {
  const { t, dateTime } = useI18n();
  const heading = useId();
  const columns = t.history.columns;
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.history.tableTitle}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.history.caption}>
        <table className="table">
          <caption className="visually-hidden">{t.history.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.date}</th>
              <th scope="col">{columns.track}</th>
              <th scope="col">{columns.action}</th>
              <th scope="col">{columns.change}</th>
              <th scope="col">{columns.progress}</th>
            </tr>
          </thead>
          <tbody>
            {[...props.rows].reverse().map((row) => (
              <tr key={`${row.track}-${row.at}-${row.action_type}`}>
                <td>{dateTime(row.at)}</td>
                <td>{row.name}</td>
                <td>{row.action}</td>
                <td className="number">
                  {row.delta > 0 ? '+' : ''}
                  {row.delta}%
                </td>
                <td className="number">{row.progress}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
