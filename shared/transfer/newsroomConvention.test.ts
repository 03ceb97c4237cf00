import { describe, expect, it } from 'vitest';
import { docToPlainText } from '../domain/articleBody.ts';
import { applyConvention, plainTextBlocks } from './newsroomConvention.ts';

const read = (text: string) => {
  const fields = applyConvention(plainTextBlocks(text));
  return { ...fields, body: docToPlainText(fields.body) };
};

describe('the newsroom plain-text convention', () => {
  it('reads title, (SOURCE) - sapo, body and a short last line as the pen name', () => {
    const text = [
      'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020',
      '',
      '(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban công tác tuyên giáo 6 tháng đầu năm.',
      '',
      'Dự hội nghị có đồng chí Trưởng ban Tuyên giáo Tỉnh ủy.',
      '',
      'Trong 6 tháng đầu năm, công tác tuyên truyền được triển khai đồng bộ, kịp thời.',
      '',
      'Minh Đức',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020',
      sapo: '(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban công tác tuyên giáo 6 tháng đầu năm.',
      body: 'Dự hội nghị có đồng chí Trưởng ban Tuyên giáo Tỉnh ủy.\n\nTrong 6 tháng đầu năm, công tác tuyên truyền được triển khai đồng bộ, kịp thời.',
      byline: 'Minh Đức',
    });
  });

  it('drops what a web page leaves around a story', () => {
    const text = [
      'Trang chủ > Thời sự',
      'Khánh thành cầu dân sinh ở Hải Lăng',
      'Lượt xem: 1.234',
      '(QTO) - Sáng nay, cầu dân sinh được đưa vào sử dụng.',
      'Người dân phấn khởi.',
      'Chia sẻ | Facebook | Zalo',
      'Bình chọn: Bạn thấy bài viết thế nào?',
      'Go top',
      'Thanh Hải',
    ].join('\n');
    expect(read(text)).toEqual({
      title: 'Khánh thành cầu dân sinh ở Hải Lăng',
      sapo: '(QTO) - Sáng nay, cầu dân sinh được đưa vào sử dụng.',
      body: 'Người dân phấn khởi.',
      byline: 'Thanh Hải',
    });
  });

  it('joins a hard-wrapped paragraph and keeps a last sentence as body', () => {
    const text = 'Tít bài\n\nĐây là một đoạn văn dài được ngắt dòng cứng ở khoảng bảy mươi ký tự như\nnhiều trình soạn thảo cũ vẫn làm.\n\nĐoạn cuối kết thúc bằng dấu chấm.';
    expect(read(text)).toEqual({
      title: 'Tít bài',
      sapo: '',
      body: 'Đây là một đoạn văn dài được ngắt dòng cứng ở khoảng bảy mươi ký tự như nhiều trình soạn thảo cũ vẫn làm.\n\nĐoạn cuối kết thúc bằng dấu chấm.',
      byline: '',
    });
  });
});
