import { useMemo, useState } from 'react';
import { isApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';
import { PointDetails } from './PointDetails';
import { useHistory } from './queries';
import { aligned, changes, changesAt, labelOf } from './series';

/**
 * One program's tracks over time (uPlot, loaded with this screen only). Tapping a point, or moving
 * along the chart with the arrow keys, shows why it moved; the table holds the same rows.
 */
export function ProgramHistory(props: { program: string }) {
  const { t } = useI18n();
  const history = useHistory(props.program);
  const [selected, setSelected] = useState<number | null>(null);
  const all = useMemo(() => (history.data ? changes(history.data) : []), [history.data]);
  const data = useMemo(() => (history.data ? aligned(history.data) : undefined), [history.data]);
  const code = isApiError(history.error) ? history.error.code : undefined;
  return (
    <>
      {history.isPending && <Loading />}
      {code === 'not_enrolled' || code === 'feature_disabled' ? (
        <EmptyState>{t.errors.codes[code]}</EmptyState>
      ) : (
        history.isError && (
          <ErrorState what={t.history.loadingWhat} error={history.error} onRetry={() => void history.refetch()} />
        )
      )}
      {history.data && all.length === 0 && (
        <EmptyState>{props.program === 'health' ? t.history.emptyHealth : t.history.empty}</EmptyState>
      )}
      {history.data && data && all.length > 0 && (
        <>
          <section className="card">
            <HistoryChart
              names={history.data.tracks.map(labelOf)}
              data={data}
              selected={selected}
              onSelect={setSelected}
            />
            <PointDetails rows={selected === null ? [] : changesAt(all, data.xs[selected]!)} />
          </section>
          <HistoryTable rows={all} />
        </>
      )}
    </>
  );
}
