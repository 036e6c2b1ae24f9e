import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntriesPage } from '../../../api/contract/tracks';
import { keys } from '../../../api/keys';
import { entriesApi } from '../../../api/tracks';
import { useApi } from '../../../app/AppContext';

/** The person's entries, newest first, a page at a time (`next_cursor`). */
export function useEntries() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.entries,
    queryFn: ({ pageParam }) => entriesApi.page(api, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

/** Deleting an entry takes it off the list at once; its progress and milestones stay. */
export function useDeleteEntry() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => entriesApi.remove(api, id),
    onSuccess: (_nothing, id) =>
      client.setQueryData<InfiniteData<EntriesPage>>(keys.entries, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({ ...page, entries: page.entries.filter((entry) => entry.id !== id) })),
            }
          : data,
      ),
  });
}
