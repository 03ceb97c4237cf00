import type { DocNode } from '../../../../shared/domain/articleBody.ts';
import type { TemplateFields } from '../../../../shared/templates/template.ts';

/**
 * The five templates every library starts with, seeded by migration
 * 20261126T0545_templates. Hints are in [square brackets]: obviously not copy, easy
 * to find and overwrite. A library keeps its copy once seeded (the newsroom may edit
 * or delete them); changing this list later changes only new libraries, unless a new
 * migration says otherwise.
 */
export interface BuiltInTemplate {
  id: string;
  name: string;
  description: string;
  fields: TemplateFields;
}

const text = (value: string): DocNode => ({ type: 'text', text: value });
const bold = (value: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'bold' }] });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const subhead = (value: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
const hint = (value: string): DocNode => paragraph(text(value));

function fields(sapo: string, blocks: DocNode[]): TemplateFields {
  return { title: '', sapo, body: { type: 'doc', content: blocks }, category: '', tags: [], dateline: '' };
}

/** Vietnamese interviews print the question in bold after "PV:", the answer after the speaker's name. */
function exchange(question: string): DocNode[] {
  return [paragraph(bold(`PV: ${question}`)), paragraph(bold('[Ông/Bà Họ Tên]: '), text('[Trả lời]'))];
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'tin-ngan',
    name: 'Tin ngắn',
    description: 'Một đến ba đoạn: sự việc chính trước, chi tiết sau.',
    fields: fields('', [hint('[Sự việc chính: ai, làm gì, ở đâu, khi nào]'), hint('[Chi tiết, số liệu, nguồn tin]')]),
  },
  {
    id: 'bai-viet',
    name: 'Bài viết',
    description: 'Bài thông thường: sapo, thân bài chia theo tít phụ, đoạn kết.',
    fields: fields('[Tóm tắt nội dung chính của bài]', [
      hint('[Đoạn mở: bối cảnh, sự việc]'),
      subhead('[Tít phụ]'),
      hint('[Nội dung chính: diễn biến, số liệu, ý kiến]'),
      hint('[Đoạn kết]'),
    ]),
  },
  {
    id: 'phong-van',
    name: 'Phỏng vấn',
    description: 'Hỏi – đáp: câu hỏi in đậm sau “PV:”, câu trả lời sau tên người được phỏng vấn.',
    fields: fields('[Giới thiệu nhân vật và lý do phỏng vấn]', [
      ...exchange('[Câu hỏi thứ nhất]?'),
      ...exchange('[Câu hỏi thứ hai]?'),
      paragraph(bold('PV: Xin cảm ơn [ông/bà]!')),
    ]),
  },
  {
    id: 'phong-su',
    name: 'Phóng sự',
    description: 'Bài dài nhiều phần: cảnh mở đầu tại hiện trường, các phần có tít phụ, đoạn kết đọng lại.',
    fields: fields('[Điều người đọc sẽ thấy trong phóng sự]', [
      hint('[Mở đầu: một cảnh, một nhân vật tại hiện trường]'),
      subhead('[Tít phụ phần 1]'),
      hint('[Diễn biến, nhân vật, chi tiết thực tế]'),
      subhead('[Tít phụ phần 2]'),
      hint('[Nguyên nhân, ý kiến chuyên gia, số liệu]'),
      subhead('[Tít phụ phần 3]'),
      hint('[Kết: điều còn lại, câu hỏi đặt ra]'),
    ]),
  },
  {
    id: 'anh',
    name: 'Ảnh',
    description: 'Phóng sự ảnh: đoạn dẫn ngắn, mỗi ảnh một chú thích kể tiếp câu chuyện.',
    fields: fields('[Câu chuyện của loạt ảnh trong một, hai câu]', [
      hint('[Đoạn dẫn ngắn]'),
      hint('[Chèn ảnh 1 bằng nút “Chèn ảnh”; chú thích kể một khoảnh khắc]'),
      hint('[Chèn ảnh 2; chú thích tiếp nối câu chuyện]'),
      hint('[Chèn ảnh 3; chú thích khép lại câu chuyện]'),
    ]),
  },
];
