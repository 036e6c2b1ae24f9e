import { useI18n } from '../../i18n/I18nProvider';
import type { Change } from './series';

/** Why the chart moved at the chosen moment: the action behind each ledger row, its date and delta. */
export function PointDetails(props: { rows: Change[] }) {
  const { t, dateTime } = useI18n();
  const first = props.rows[0];
  return (
    <div className="point-details" aria-live="polite" data-testid="history-point-details">
      {first ? (
        <>
          <h2 className="point-details__title">
            {t.history.why} · {dateTime(first.at)}
          </h2>
          <ul>
            {props.rows.map((row) => (
              <li key={`${row.track}-${row.at}`}>
                {t.history.pointDetail(row.name, row.action, row.delta, row.progress)}{' '}
                <span className="muted">{t.history.sources[row.source] ?? ''}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t.history.noPointChosen}</p>
      )}
    </div>
  );
}
