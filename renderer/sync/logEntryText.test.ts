import { describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../shared/domain/site.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { logEntryText } from './logEntryText.ts';

const entry = (event: string, detail: Record<string, unknown> = {}): SyncLogEntry => ({
  id: 1, at: 0, siteId: 's', articleId: null, level: 'error', event, detail,
});

describe('logEntryText', () => {
  const t = createI18n('vi').t;

  it('reads each failure kind with its attempt and translated reason', () => {
    const failure = { code: 'Unauthorized', reason: 'wrongPassword', message: '401', attempts: 3 };
    expect(logEntryText(t, entry('pushArticle.failed', failure))).toBe(
      'Gửi bài lên trang không thành công (lần 3). Tên đăng nhập hoặc mật khẩu ứng dụng sai, hoặc mật khẩu đã bị thu hồi. Hãy kết nối lại.',
    );
    expect(logEntryText(t, entry('uploadMedia.failed', { code: 'Validation', reason: 'forbidden' }))).toBe(
      'Tải ảnh lên trang không thành công (lần 1). Trang từ chối thao tác này với tài khoản của bạn.',
    );
    expect(logEntryText(t, entry('pull.failed', { code: 'Offline', reason: 'timeout' }))).toBe(
      'Không nhận được thay đổi từ trang. Trang phản hồi quá lâu. Sẽ thử lại sau.',
    );
  });

  it('summarises a finished pass and survives odd details', () => {
    expect(logEntryText(t, entry('sync.finished', { pushed: 2, pulled: 0, uploaded: 1, failures: 0, remaining: 0 }))).toBe(
      'Đồng bộ xong: gửi 2 bài, tải 1 ảnh lên.',
    );
    expect(logEntryText(t, entry('sync.finished', { pushed: 'many' }))).toBe('Đồng bộ xong, không có gì thay đổi.');
    expect(logEntryText(t, entry('sync.unreachable', { code: 'Weird', reason: 'noSuchReason' }))).toBe(
      'Không đồng bộ được. Lỗi nội bộ. Dữ liệu của bạn vẫn an toàn.',
    );
    expect(logEntryText(t, entry('media.cleaned'))).toBe('Sự việc khác: media.cleaned');
  });
});
