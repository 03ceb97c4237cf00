import type { ArticleFields } from '../../shared/domain/article.ts';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';

const PLACES = ['Đông Hà', 'Hải Lăng', 'Gio Linh', 'Vĩnh Linh', 'Cam Lộ', 'Triệu Phong', 'Hướng Hóa', 'Đakrông', 'Cồn Cỏ', 'Quảng Trị'];
const SUBJECTS = ['UBND tỉnh', 'Sở Giao thông vận tải', 'Hội Nông dân', 'Ban Tuyên giáo Tỉnh ủy', 'Bệnh viện Đa khoa tỉnh', 'Đoàn Thanh niên', 'Sở Nông nghiệp và Phát triển nông thôn', 'Liên đoàn Lao động tỉnh'];
const EVENTS = ['tổ chức hội nghị sơ kết 6 tháng đầu năm', 'khánh thành cầu dân sinh', 'ra quân bảo đảm an toàn giao thông', 'trao học bổng cho học sinh nghèo vượt khó', 'triển khai mô hình trồng lúa hữu cơ', 'kiểm tra công tác phòng, chống lụt bão', 'phát động phong trào chuyển đổi số', 'tổng kết mùa du lịch biển'];
const SENTENCES = [
  'Dự hội nghị có đại diện lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh và các địa phương trên địa bàn.',
  'Trong thời gian qua, công tác tuyên truyền được triển khai đồng bộ, kịp thời, bám sát nhiệm vụ chính trị của địa phương.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, góp phần nâng cao đời sống vật chất và tinh thần của người dân.',
  'Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như nguồn lực đầu tư còn khó khăn, sự phối hợp giữa các đơn vị có lúc chưa chặt chẽ.',
  'Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các đơn vị tiếp tục rà soát, khắc phục những tồn tại, hạn chế.',
  'Theo báo cáo, đến nay toàn tỉnh đã hoàn thành 85% kế hoạch đề ra, vượt 12% so với cùng kỳ năm trước.',
  'Người dân địa phương phấn khởi khi con đường bê tông mới được đưa vào sử dụng, giúp việc đi lại và giao thương thuận tiện hơn.',
  'Dịp này, Ban tổ chức đã trao tặng 50 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ gia đình có hoàn cảnh khó khăn.',
  'Ông Nguyễn Văn Hùng, Trưởng thôn cho biết: “Bà con rất đồng tình, tự nguyện hiến đất, góp công để làm đường”.',
  'Thời gian tới, ngành sẽ tập trung chỉ đạo quyết liệt, phấn đấu hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ năm 2020.',
  'Hội nghị cũng đã nghe các tham luận, chia sẻ kinh nghiệm của các địa phương làm tốt trong thời gian qua.',
  'Được biết, chương trình sẽ tiếp tục được tổ chức thường niên nhằm lan tỏa những giá trị tốt đẹp trong cộng đồng.',
];
const BYLINES = ['Minh Đức', 'Thanh Hải', 'Lê Trường', 'Ngọc Trang', 'Hoàng Tạo'];

const pick = <T>(pool: readonly T[], n: number): T => pool[n % pool.length] as T;

/** Two tags the test site already has, so pushes need no createTag rows first. */
export const EXISTING_TAGS = ['Quảng Trị', 'Giao thông'] as const;
export const CATEGORY = 'Trong tỉnh';

/**
 * A short provincial news story, deterministic in `n`: title, "(QTO) - " sapo, six
 * paragraphs of three sentences (~3.5 KB of text, ~4.5 KB as block markup, like
 * the posts measured in WORDPRESS.md), byline, one category, two existing tags.
 */
export function newsArticle(n: number): ArticleFields {
  const place = pick(PLACES, n);
  const paragraphs = Array.from({ length: 6 }, (_, p) =>
    [0, 1, 2].map((s) => pick(SENTENCES, n * 5 + p * 3 + s)).join(' '),
  );
  return {
    title: `${pick(SUBJECTS, n)} ${pick(EVENTS, Math.floor(n / 3))} tại ${place} (bài ${n + 1})`,
    sapo: `(QTO) - Sáng nay, tại ${place}, ${pick(SUBJECTS, n + 3)} ${pick(EVENTS, n + 1)}.`,
    body: docFromPlainText(paragraphs.join('\n\n')),
    byline: pick(BYLINES, n),
    category: CATEGORY,
    tags: [...EXISTING_TAGS],
  };
}
