import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../shared/domain/site.ts';
import { en as catalogEn } from '../../shared/i18n/en.ts';
import { emptyReport } from '../main/core/sync/SyncContext.ts';
import { syncReportText } from './syncReportText.ts';
import { cliTranslator } from './translate.ts';

const vi = cliTranslator('vi');
const en = cliTranslator('en');
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const titles = new Map([[A, 'Lũ miền Trung'], [B, 'Tin giao thông']]);

function report(changes: Partial<SyncReport>): SyncReport {
  return { ...emptyReport('site-1'), reachable: true, ...changes };
}

describe('syncReportText', () => {
  it('lists what moved under the app’s summary sentence, with titles', () => {
    const text = syncReportText(vi, report({
      pushed: [{ articleId: A, remoteId: 57, action: 'created' }],
      pulled: [{ articleId: B, remoteId: 58, action: 'merged' }, { articleId: A, remoteId: 57, action: 'conflict' }],
      conflicts: [A],
      uploaded: 1,
      tagsCreated: 2,
    }), titles);
    expect(text).toEqual({
      out: [
        'Đã đồng bộ: gửi 1 bài, nhận 1 bài, tải 1 ảnh lên, tạo 2 thẻ, 1 bài xung đột.',
        '  Gửi lên   Tạo mới   #57  Lũ miền Trung',
        '  Nhận về   Hợp nhất  #58  Tin giao thông',
        '  Xung đột            #57  Lũ miền Trung',
        'Hàng chờ: còn 0 việc chờ gửi',
      ],
      err: [],
    });
  });

  it('says nothing changed, in English too', () => {
    expect(syncReportText(en, report({ remaining: 1 }), titles)).toEqual({
      out: ['Synced. Nothing changed.', 'Outbox: 1 task still waiting'],
      err: [],
    });
  });

  it('gives each failure its translated reason and the article title, or the id when the title is unknown', () => {
    const unknown = '00000000-0000-4000-8000-0000000000ff';
    const text = syncReportText(vi, report({
      failures: [
        { articleId: A, kind: 'pushArticle', error: { code: 'Validation', reason: 'unknownCategory', message: 'x' } },
        { articleId: unknown, kind: 'uploadMedia', error: { code: 'Offline', reason: 'timeout', message: 'x' } },
        { articleId: null, kind: 'pull', error: { code: 'Unauthorized', reason: 'forbidden', message: 'x' } },
        { articleId: B, kind: 'somethingNew', error: { code: 'Bogus', reason: 'neverHeardOf', message: 'x' } },
      ],
      remaining: 2,
    }), titles);
    expect(text.out[0]).toBe('Đã đồng bộ: 4 lỗi.');
    expect(text.err).toEqual([
      'Gửi bài “Lũ miền Trung” lên trang không thành công. Chuyên mục này không có trên trang. Hãy chọn một chuyên mục trong danh sách.',
      `Tải ảnh của bài “${unknown}” lên trang không thành công. Trang phản hồi quá lâu. Sẽ thử lại sau.`,
      'Không nhận được thay đổi từ trang. Trang từ chối thao tác này với tài khoản của bạn.',
      'Đồng bộ bài “Tin giao thông” không thành công. Lỗi nội bộ. Dữ liệu của bạn vẫn an toàn.',
    ]);
  });

  it('reports an unreachable site by its reason alone, with what is still waiting', () => {
    const text = syncReportText(en, {
      ...emptyReport('site-1'),
      failures: [{ articleId: null, kind: 'probe', error: { code: 'Offline', reason: 'siteUnreachable', message: 'ECONNREFUSED' } }],
      remaining: 3,
    }, titles);
    expect(text).toEqual({
      out: ['Outbox: 3 tasks still waiting'],
      err: [`Could not sync. ${catalogEn.errors.reason.siteUnreachable}`],
    });
  });
});
