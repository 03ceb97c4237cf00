import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../shared/domain/site.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { syncSummary } from './syncSummary.ts';

const empty = (siteId: string | null): SyncReport => ({
  siteId, reachable: true, pushed: [], pulled: [], uploaded: 0, tagsCreated: 0, conflicts: [], failures: [], remaining: 0,
});

describe('syncSummary', () => {
  const vi = createI18n('vi').t;
  const en = createI18n('en').t;

  it('says there is no site before anything else', () => {
    expect(syncSummary(vi, { ...empty(null), reachable: false })).toEqual({
      text: 'Chưa kết nối trang nào. Hãy kết nối trang của tòa soạn trước.',
      ok: false,
    });
  });

  it('gives the translated reason when the site cannot be reached', () => {
    const report: SyncReport = {
      ...empty('s1'),
      reachable: false,
      remaining: 2,
      failures: [{ articleId: null, kind: 'probe', error: { code: 'Offline', reason: 'dnsFailure', message: 'ENOTFOUND' } }],
    };
    expect(syncSummary(en, report).text).toBe("The site's domain name cannot be found. Check the address or the network.");
  });

  it('lists only what happened, with plurals', () => {
    const report: SyncReport = {
      ...empty('s1'),
      pushed: [{ articleId: 'a', remoteId: 1, action: 'created' }, { articleId: 'b', remoteId: 2, action: 'updated' }],
      uploaded: 1,
    };
    expect(syncSummary(vi, report)).toEqual({ text: 'Đã đồng bộ: gửi 2 bài, tải 1 ảnh lên.', ok: true });
    expect(syncSummary(en, report).text).toBe('Synced: sent 2 articles, uploaded 1 photo.');
    expect(syncSummary(vi, empty('s1')).text).toBe('Đã đồng bộ. Không có gì thay đổi.');
  });

  it('adds the first failure when some rows failed on a reachable site', () => {
    const report: SyncReport = {
      ...empty('s1'),
      remaining: 1,
      failures: [{ articleId: 'a', kind: 'pushArticle', error: { code: 'Validation', reason: 'unknownCategory', message: 'x' } }],
    };
    expect(syncSummary(vi, report)).toEqual({
      text: 'Đã đồng bộ: 1 lỗi, còn 1 việc chờ. Lỗi đầu tiên: Chuyên mục này không có trên trang. Hãy chọn một chuyên mục trong danh sách.',
      ok: false,
    });
  });
});
