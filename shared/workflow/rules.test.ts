import { describe, expect, it } from 'vitest';
import { can, localStatusFor, WORDPRESS_STATUS } from './rules.ts';

describe('workflow rules', () => {
  it('lets a reporter submit drafts and returned articles, not what is already in review', () => {
    expect(can('reporter', 'draft', 'submit')).toBe(true);
    expect(can('reporter', 'returned', 'submit')).toBe(true);
    expect(can('reporter', 'submitted', 'submit')).toBe(false);
    expect(can('reporter', 'published', 'edit')).toBe(false);
    expect(can('reporter', 'submitted', 'approve')).toBe(false);
    expect(can('editor', 'submitted', 'approve')).toBe(true);
  });

  it('maps statuses both ways', () => {
    expect(WORDPRESS_STATUS.submitted).toBe('pending');
    expect(WORDPRESS_STATUS.returned).toBe('draft');
    expect(localStatusFor('pending', 'draft', false)).toBe('submitted');
    expect(localStatusFor('publish', 'submitted', false)).toBe('published');
    expect(localStatusFor('future', 'approved', false)).toBe('scheduled');
    expect(localStatusFor('draft', 'submitted', true)).toBe('returned');
    expect(localStatusFor('draft', 'submitted', false)).toBe('draft');
  });
});
