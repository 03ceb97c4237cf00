import type { ArticleStatus } from '../domain/article.ts';

/** A reporter is a WordPress contributor or author; an editor is an editor or administrator. */
export type NewsroomRole = 'reporter' | 'editor';

export type WorkflowAction = 'edit' | 'submit' | 'approve' | 'schedule' | 'return' | 'trash';

/**
 * Who may do what, as a pure function of (role, status, action), so the editor's
 * buttons, main's handlers and the CLI agree. Mirrors what WordPress enforces:
 * a contributor cannot touch a post once it is scheduled or published.
 */
export function can(role: NewsroomRole, status: ArticleStatus, action: WorkflowAction): boolean {
  switch (action) {
    case 'edit':
      return role === 'editor' || status === 'draft' || status === 'returned' || status === 'submitted';
    case 'submit':
      return status === 'draft' || status === 'returned';
    case 'approve':
    case 'schedule':
    case 'return':
      return role === 'editor' && (status === 'submitted' || status === 'approved');
    case 'trash':
      return role === 'editor' || status === 'draft' || status === 'returned';
  }
}

/** Local status → WordPress status. "Returned" is a draft with an editorial note. */
export const WORDPRESS_STATUS: Record<ArticleStatus, string> = {
  draft: 'draft',
  returned: 'draft',
  submitted: 'pending',
  approved: 'pending',
  scheduled: 'future',
  published: 'publish',
};

/** WordPress status → local status, knowing what the article was (a draft after review means returned). */
export function localStatusFor(remote: string, previous: ArticleStatus, hasEditorialNote: boolean): ArticleStatus {
  switch (remote) {
    case 'pending':
      return previous === 'approved' ? 'approved' : 'submitted';
    case 'future':
      return 'scheduled';
    case 'publish':
    case 'private':
      return 'published';
    case 'draft':
      return (previous === 'submitted' || previous === 'returned') && hasEditorialNote ? 'returned' : previous === 'returned' ? 'returned' : 'draft';
    default:
      return previous;
  }
}
