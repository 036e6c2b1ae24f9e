import type { Progress } from '../../api/contract/tracks';
import { useI18n } from '../../i18n/I18nProvider';
import { useTracks } from './queries';
import { TrackCard } from './TrackCard';

/** The four tracks in the program's order, with the focus question while none is chosen. */
export function TrackList(props: { progress: Progress; onStartExercise: (exercise: string) => void }) {
  const { t } = useI18n();
  const { order, label } = useTracks();
  const { progress } = props;
  const ids = Object.keys(progress.tracks).sort((first, second) => rank(order, first) - rank(order, second));
  return (
    <section aria-label={t.program.title}>
      {!progress.primary_chosen && <p className="notice">{t.program.askFocus}</p>}
      <div className="tracks">
        {ids.map((id) => (
          <TrackCard
            key={id}
            view={progress.tracks[id]!}
            label={label(id)}
            focus={progress.primary_chosen && progress.primary_track === id}
            onStartExercise={props.onStartExercise}
          />
        ))}
      </div>
    </section>
  );
}

const rank = (order: string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
