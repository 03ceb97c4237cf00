import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/client.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { templateErrorMessage } from './templateErrors.ts';

describe('templateErrorMessage', () => {
  const t = createI18n('vi').t;

  it('uses the template sentences for template reasons and the shared ones otherwise', () => {
    expect(templateErrorMessage(t, new ApiError({ code: 'NotFound', message: '', reason: 'templateNotFound' }))).toBe('Không tìm thấy mẫu này. Có thể mẫu vừa bị xóa.');
    expect(templateErrorMessage(t, new ApiError({ code: 'Validation', message: '', reason: 'invalidText' }))).toBe('Văn bản chứa ký tự hỏng hoặc ký tự điều khiển.');
    expect(templateErrorMessage(t, new TypeError('x'))).toBe('Lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn.');
  });

  it('names the template of an import file the problem is in', () => {
    const error = new ApiError({ code: 'Validation', message: '', reason: 'templateHasPhotos', field: 'text.templates.2.fields.body' });
    expect(templateErrorMessage(t, error)).toBe('Mẫu thứ 3: Mẫu không được chứa ảnh.');
    expect(templateErrorMessage(createI18n('en').t, error)).toBe('Template 3: Templates may not contain photos.');
  });
});
