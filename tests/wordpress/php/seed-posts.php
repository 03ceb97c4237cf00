<?php
/**
 * Inserts many posts fast, for benchmarks: one PHP process, kses off (admin has
 * unfiltered_html), term counting deferred, pings off, one transaction per 500 posts.
 * Expects $toasoan_seed (set by seedPosts.ts) and WordPress loaded.
 */
require_once __DIR__ . '/lib.php';

$subjects = ['Ban Tuyên giáo Tỉnh ủy', 'UBND tỉnh', 'Sở Giao thông vận tải', 'Hội Nông dân huyện Hải Lăng', 'Trường THPT Lê Lợi', 'Bệnh viện Đa khoa tỉnh', 'Liên đoàn Lao động tỉnh', 'Đoàn Thanh niên thành phố Đông Hà'];
$actions = ['tổ chức hội nghị sơ kết', 'triển khai kế hoạch', 'kiểm tra tiến độ', 'trao học bổng cho học sinh nghèo vượt khó', 'phát động phong trào thi đua', 'tổng kết công tác', 'khánh thành công trình', 'ra quân hưởng ứng'];
$topics = ['công tác tuyên giáo 6 tháng đầu năm', 'xây dựng nông thôn mới', 'phòng, chống dịch bệnh', 'chuyển đổi số', 'an toàn giao thông dịp lễ', 'phát triển du lịch biển', 'cải cách hành chính', 'bảo vệ rừng đầu nguồn'];
$sentences = [
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

$input = $toasoan_seed;
$count = (int) $input['count'];
$offset = (int) $input['offset'];
$authorId = (int) $input['authorId'];
$categories = array_map('intval', $input['categoryIds']);
$tags = array_map('intval', $input['tagIds']);
$status = (string) $input['status'];
$now = time();
$spanSeconds = max(1, (int) $input['days']) * 86400;

wp_set_current_user((int) $input['adminId']);
wp_defer_term_counting(true);
// Pingback and enclosure bookkeeping: two meta queries per post that no test needs.
remove_action('publish_post', '_publish_post_hook', 5);
global $wpdb;

$pick = static function (array $pool, int $n) {
    return $pool[$n % count($pool)];
};
$content = static function (int $n) use ($sentences, $pick): string {
    $blocks = [];
    for ($p = 0; strlen(implode("\n\n", $blocks)) < 4000; $p++) {
        if ($p === 3) {
            $blocks[] = "<!-- wp:heading -->\n<h2>Những kết quả nổi bật</h2>\n<!-- /wp:heading -->";
            continue;
        }
        $text = [];
        for ($s = 0; $s < 3; $s++) {
            $text[] = $pick($sentences, $n * 7 + $p * 3 + $s);
        }
        $blocks[] = "<!-- wp:paragraph -->\n<p>" . implode(' ', $text) . "</p>\n<!-- /wp:paragraph -->";
    }
    return implode("\n\n", $blocks);
};

$ids = [];
$wpdb->query('START TRANSACTION');
for ($i = 0; $i < $count; $i++) {
    $n = $offset + $i;
    $date = wp_date('Y-m-d H:i:s', $now - (int) (($count - $i) * $spanSeconds / max(1, $count)));
    $title = sprintf('%s %s %s (bài %d)', $pick($subjects, $n), $pick($actions, intdiv($n, 8)), $pick($topics, intdiv($n, 64)), $n + 1);
    $ids[] = toasoan_test_ok(wp_insert_post([
        'post_type' => 'post',
        'post_status' => $status,
        'post_author' => $authorId,
        'post_title' => $title,
        'post_excerpt' => '(QTO) - ' . $pick($sentences, $n),
        'post_content' => $content($n),
        'post_date' => $date,
        'post_category' => [$pick($categories, $n)],
        // Ids, not names: a name costs a lookup query per post.
        'tags_input' => [$pick($tags, $n)],
        // Given up front, it spares the UPDATE wp_insert_post makes to set it.
        'guid' => home_url('/?toasoan-seed=' . $n),
    ], true), "post $n");
    if ($i % 500 === 499) {
        $wpdb->query('COMMIT');
        $wpdb->query('START TRANSACTION');
    }
}
$wpdb->query('COMMIT');
wp_defer_term_counting(false);
toasoan_test_answer($ids);
