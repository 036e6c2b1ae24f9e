import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { EmptyState, ErrorState, Loading } from '../../../ui/States';
import { useExercises } from '../queries';
import { EntryItem } from './EntryItem';
import { useEntries } from './queries';

/** What the person wrote in the exercises: read in full, delete with a confirm, older pages on demand. */
export function EntriesSection() {
  const { t } = useI18n();
  const heading = useId();
  const entries = useEntries();
  const [deleted, setDeleted] = useState(false);
  const list = entries.data?.pages.flatMap((page) => page.entries) ?? [];
  // The exercises' titles only when there are entries to name: outside the program the list is refused.
  const exercises = useExercises(list.length > 0);
  const exerciseOf = (id: string) => exercises.data?.exercises.find((exercise) => exercise.id === id);
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t.entries.title}</h2>
      <p role="status" className="muted">
        {deleted && t.entries.deleted}
      </p>
      {entries.isPending && <Loading />}
      {entries.isError && (
        <ErrorState what={t.entries.loadingWhat} error={entries.error} onRetry={() => void entries.refetch()} />
      )}
      {entries.isSuccess && list.length === 0 && <EmptyState>{t.entries.none}</EmptyState>}
      <ol className="entries">
        {list.map((entry) => (
          <EntryItem
            key={entry.id}
            entry={entry}
            exercise={exerciseOf(entry.exercise)}
            onDeleted={() => setDeleted(true)}
          />
        ))}
      </ol>
      {entries.hasNextPage && (
        <button
          type="button"
          className="button button--quiet"
          disabled={entries.isFetchingNextPage}
          onClick={() => void entries.fetchNextPage()}
        >
          {t.entries.older}
        </button>
      )}
    </section>
  );
}
