import type { RevisionSummary } from '../../../shared/domain/article.ts';

/** A row of the timeline: one kept version, or a run of consecutive autosave snapshots. */
export type TimelineEntry = { kind: 'version'; revision: RevisionSummary } | { kind: 'autosaves'; revisions: RevisionSummary[] };

/** Newest first, as listed; consecutive `auto` snapshots fold into one entry the reporter can open. */
export function timeline(revisions: readonly RevisionSummary[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const revision of revisions) {
    const last = entries[entries.length - 1];
    if (revision.kind === 'auto' && last?.kind === 'autosaves') last.revisions.push(revision);
    else if (revision.kind === 'auto') entries.push({ kind: 'autosaves', revisions: [revision] });
    else entries.push({ kind: 'version', revision });
  }
  return entries;
}
