<?php
/**
 * Installs WordPress into an empty database and seeds what every test site has:
 * one user per role with an application password, Vietnamese categories with one
 * level of hierarchy, a few tags. wp-cli is not in Debian, so this does its job.
 */
require __DIR__ . '/lib.php';
$input = toasoan_test_input();

// Without this, wp-load.php sees no tables and redirects to wp-admin/install.php.
define('WP_INSTALLING', true);
require $input['wordpressDir'] . '/wp-load.php';

// Pluggable: the default would try to mail the admin through a sendmail that is not there.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = toasoan_test_ok(
    wp_install($input['title'], 'admin', 'admin@toasoan.test', false, '', 'test-password', ''),
    'wp_install'
);
$adminId = (int) $installed['user_id'];
wp_update_user(['ID' => $adminId, 'display_name' => $input['adminDisplayName']]);

update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('gmt_offset', '');
update_option('date_format', 'd/m/Y');
update_option('time_format', 'H:i');
update_option('permalink_structure', $input['permalinkStructure']);
flush_rewrite_rules(false);

// A clean slate: no "Hello world!", sample page, privacy page draft or comment.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) {
    wp_delete_post($post->ID, true);
}
update_option('wp_page_for_privacy_policy', 0);

wp_update_term((int) get_option('default_category'), 'category', [
    'name' => $input['defaultCategory']['name'],
    'slug' => $input['defaultCategory']['slug'],
]);
$categoryIds = [];
foreach ($input['categories'] as $category) {
    $parent = $category['parent'] === null ? 0 : $categoryIds[$category['parent']];
    $term = toasoan_test_ok(wp_insert_term($category['name'], 'category', ['parent' => $parent]), 'category ' . $category['name']);
    $categoryIds[$category['name']] = (int) $term['term_id'];
}
foreach ($input['tags'] as $tag) {
    toasoan_test_ok(wp_insert_term($tag, 'post_tag'), 'tag ' . $tag);
}

$users = ['admin' => ['id' => $adminId, 'login' => 'admin', 'appPassword' => toasoan_test_app_password($adminId)]];
foreach ($input['users'] as $user) {
    $users[$user['key']] = toasoan_test_create_user($user['login'], $user['role'], $user['displayName']);
}

$terms = function (string $taxonomy): array {
    $found = get_terms(['taxonomy' => $taxonomy, 'hide_empty' => false, 'orderby' => 'term_id']);
    return array_map(
        fn (WP_Term $term) => ['id' => $term->term_id, 'name' => $term->name, 'slug' => $term->slug, 'parent' => $term->parent],
        toasoan_test_ok($found, "terms of $taxonomy")
    );
};
toasoan_test_answer(['users' => $users, 'categories' => $terms('category'), 'tags' => $terms('post_tag')]);
