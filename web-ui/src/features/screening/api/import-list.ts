import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { listSnapshotsQueryKey } from './get-list-snapshots';
import type { ListSource, Snapshot } from './types';

/** The multipart parts each source takes, required first (ListSnapshotController). */
export const SOURCE_PARTS: Record<ListSource, { part: string; label: string; required: boolean }[]> = {
  OFAC_SDN: [
    { part: 'sdn', label: 'sdn.csv', required: true },
    { part: 'alt', label: 'alt.csv', required: false },
    { part: 'add', label: 'add.csv', required: false },
  ],
  OFAC_NON_SDN: [
    { part: 'cons_prim', label: 'cons_prim.csv', required: true },
    { part: 'cons_alt', label: 'cons_alt.csv', required: false },
    { part: 'cons_add', label: 'cons_add.csv', required: false },
  ],
  CSL: [{ part: 'file', label: 'CSL file', required: true }],
  BIS_DPL: [{ part: 'file', label: 'Denied Persons List file', required: true }],
  UN: [{ part: 'file', label: 'UN consolidated list XML', required: true }],
};

export type ImportListInput = { source: ListSource; files: Record<string, File> };

/** POST /api/v1/list-snapshots?source=… (admin, multipart). */
export function importList({ source, files }: ImportListInput): Promise<Snapshot> {
  const form = new FormData();
  for (const [part, file] of Object.entries(files)) form.append(part, file, file.name);
  return api.postForm<Snapshot>(`/api/v1/list-snapshots?source=${encodeURIComponent(source)}`, form);
}

export function useImportList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importList,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listSnapshotsQueryKey }),
  });
}
