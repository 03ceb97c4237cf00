<?php
/**
 * Plugin Name:       Tòa soạn Companion
 * Description:       Lets the Tòa soạn desktop editor sync safely: private editorial post meta, lookup by client id, optimistic concurrency (ETag / If-Match) and, optionally, media uploads for contributors.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Tòa soạn
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       toasoan-companion
 *
 * One file on purpose: it works both as a normal plugin (wp-content/plugins/toasoan-companion/)
 * and as a must-use plugin (this file alone in wp-content/mu-plugins/).
 */

if (!defined('ABSPATH')) {
    exit;
}

// Installed both as a plugin and as a must-use plugin: the first copy loaded wins.
// (A class declaration after this return is skipped, unlike a top-level function's.)
if (defined('TOASOAN_COMPANION_VERSION')) {
    return;
}
define('TOASOAN_COMPANION_VERSION', '1.0.0');

final class Toasoan_Companion
{
    /** Post meta the app reads and writes in `context=edit`; never shown to readers. */
    const META_KEYS = ['toasoan_client_id', 'toasoan_editorial_note', 'toasoan_byline', 'toasoan_source', 'toasoan_dateline'];
    const CLIENT_ID_KEY = 'toasoan_client_id';
    /** Leading underscore: protected meta, so no custom-fields box or REST `meta` exposes it raw. */
    const REV_KEY = '_toasoan_rev';
    const REV_FIELD = 'toasoan_rev';
    const UPLOADS_OPTION = 'toasoan_contributor_uploads';
    const FEATURES = ['client-id', 'etag', 'private-meta', 'contributor-uploads'];

    /** Posts whose counter this request already moved through If-Match, so post_updated leaves them alone. */
    private static $bumped = [];

    public static function boot(): void
    {
        add_action('init', [self::class, 'register_meta']);
        add_action('init', [self::class, 'register_setting']);
        add_action('rest_api_init', [self::class, 'register_rest']);
        add_action('admin_init', [self::class, 'add_settings_field']);

        add_filter('rest_post_collection_params', [self::class, 'collection_params']);
        add_filter('rest_post_query', [self::class, 'filter_query'], 10, 2);
        add_filter('rest_prepare_post', [self::class, 'prepare_post'], 10, 3);
        add_filter('rest_pre_insert_post', [self::class, 'check_if_match'], 10, 2);
        add_filter('rest_post_dispatch', [self::class, 'add_etag_to_mismatch'], 10, 3);
        add_filter('rest_exposed_cors_headers', [self::class, 'expose_etag']);
        add_filter('rest_allowed_cors_headers', [self::class, 'allow_if_match']);

        add_action('wp_insert_post', [self::class, 'start_counter'], 10, 3);
        add_action('post_updated', [self::class, 'bump_after_update'], 10, 1);

        add_filter('user_has_cap', [self::class, 'grant_contributor_uploads'], 10, 4);
    }

    // ---- 1. Private post meta -------------------------------------------------------------

    public static function register_meta(): void
    {
        foreach (self::META_KEYS as $key) {
            register_post_meta('post', $key, [
                'type' => 'string',
                'single' => true,
                // Edit context only. WordPress asks for edit_post before answering in that
                // context: 403 rest_forbidden_context on a single post, and collections
                // leave out the posts the user cannot edit.
                'show_in_rest' => ['schema' => ['context' => ['edit']]],
                'auth_callback' => static function ($allowed, $meta_key, $post_id, $user_id) {
                    return user_can($user_id, 'edit_post', $post_id);
                },
            ]);
        }
    }

    // ---- 2. Client-id lookup --------------------------------------------------------------

    public static function collection_params(array $params): array
    {
        $params[self::CLIENT_ID_KEY] = [
            'description' => __('Limit results to posts created by the Tòa soạn app with this client id.', 'toasoan-companion'),
            'type' => 'string',
            'minLength' => 1,
            'maxLength' => 191,
        ];
        return $params;
    }

    /**
     * `?toasoan_client_id=` finds the post a create made even when its response was
     * lost. People who cannot edit others' posts only search their own, so nobody
     * learns that someone else used that id.
     */
    public static function filter_query(array $args, WP_REST_Request $request): array
    {
        $clientId = $request->get_param(self::CLIENT_ID_KEY);
        if (!is_string($clientId) || $clientId === '') {
            return $args;
        }
        $meta = isset($args['meta_query']) && is_array($args['meta_query']) ? $args['meta_query'] : [];
        $meta[] = ['key' => self::CLIENT_ID_KEY, 'value' => $clientId, 'compare' => '='];
        $args['meta_query'] = $meta;
        if (!is_user_logged_in()) {
            // Client ids are private: nobody signed out may learn which post carries one.
            $args['post__in'] = [0];
        } elseif (!current_user_can('edit_others_posts')) {
            $args['author'] = get_current_user_id();
            unset($args['author__in'], $args['author__not_in']);
        }
        return $args;
    }

    // ---- 3. Optimistic concurrency --------------------------------------------------------

    public static function register_rest(): void
    {
        register_rest_field('post', self::REV_FIELD, [
            'get_callback' => static function (array $post) {
                return self::current_rev((int) $post['id']);
            },
            'schema' => [
                'description' => __('Revision counter for optimistic concurrency; send it back as If-Match.', 'toasoan-companion'),
                'type' => 'integer',
                'context' => ['view', 'edit', 'embed'],
                'readonly' => true,
            ],
        ]);

        register_rest_route('toasoan/v1', '/info', [
            'methods' => WP_REST_Server::READABLE,
            'callback' => [self::class, 'info'],
            'permission_callback' => static function () {
                return is_user_logged_in()
                    ? true
                    : new WP_Error('rest_not_logged_in', __('You are not currently logged in.'), ['status' => 401]);
            },
        ]);
    }

    /** The counter of a post. Posts written before the plugin was installed have none yet: 1. */
    public static function current_rev(int $postId): int
    {
        $value = get_post_meta($postId, self::REV_KEY, true);
        return is_numeric($value) ? (int) $value : 1;
    }

    /**
     * Gives a post that has no counter row its 1 before a write compares or bumps it.
     * One INSERT … WHERE NOT EXISTS statement rather than add_post_meta()'s
     * check-then-insert, so racing first writes leave a single row (measured: ten
     * parallel If-Match writes on a post older than the plugin, one row, one 200).
     */
    private static function ensure_rev_row(int $postId): void
    {
        if (get_post_meta($postId, self::REV_KEY, true) !== '') {
            return;
        }
        global $wpdb;
        $wpdb->query($wpdb->prepare(
            "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value)
             SELECT %d, %s, '1' FROM DUAL
             WHERE NOT EXISTS (SELECT 1 FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = %s)",
            $postId,
            self::REV_KEY,
            $postId,
            self::REV_KEY
        ));
        wp_cache_delete($postId, 'post_meta');
    }

    /** New posts start at 1. Runs for updates too; those are counted in post_updated. */
    public static function start_counter(int $postId, WP_Post $post, bool $update): void
    {
        if ($update || $post->post_type !== 'post') {
            return;
        }
        add_post_meta($postId, self::REV_KEY, 1, true);
    }

    /**
     * The ETags in an If-Match header as integers. Accepts `"3"`, `3`, `W/"3"` and
     * lists; returns null for `*` (any current version matches) and an empty list
     * when nothing in it can be one of our counters.
     */
    private static function parse_if_match(string $header): ?array
    {
        $revs = [];
        foreach (explode(',', $header) as $tag) {
            $tag = trim($tag);
            if ($tag === '*') {
                return null;
            }
            if (stripos($tag, 'W/') === 0) {
                $tag = substr($tag, 2);
            }
            $tag = trim($tag, " \t\"");
            if (preg_match('/^\d{1,18}$/', $tag) === 1) {
                $revs[] = (int) $tag;
            }
        }
        return $revs;
    }

    /**
     * Compare-and-swap on the counter before the update is written. One UPDATE with the
     * expected value in its WHERE clause: of several requests carrying the same
     * If-Match, InnoDB's row lock lets exactly one of them match.
     *
     * @param stdClass|WP_Error $prepared
     * @return stdClass|WP_Error
     */
    public static function check_if_match($prepared, WP_REST_Request $request)
    {
        if (is_wp_error($prepared) || empty($prepared->ID)) {
            return $prepared;
        }
        $header = $request->get_header('if_match');
        if ($header === null || trim($header) === '') {
            return $prepared;
        }
        $expected = self::parse_if_match($header);
        if ($expected === null) {
            return $prepared;
        }
        $postId = (int) $prepared->ID;
        self::ensure_rev_row($postId);
        if ($expected !== []) {
            global $wpdb;
            $in = implode(',', array_fill(0, count($expected), '%s'));
            $changed = $wpdb->query($wpdb->prepare(
                "UPDATE {$wpdb->postmeta} SET meta_value = meta_value + 1
                 WHERE post_id = %d AND meta_key = %s AND meta_value IN ($in)",
                array_merge([$postId, self::REV_KEY], array_map('strval', $expected))
            ));
            wp_cache_delete($postId, 'post_meta');
            if ($changed > 0) {
                self::$bumped[$postId] = true;
                return $prepared;
            }
        }
        return new WP_Error(
            'toasoan_version_mismatch',
            __('The post was changed by someone else since you last fetched it.', 'toasoan-companion'),
            ['status' => 412, 'rev' => self::current_rev($postId)]
        );
    }

    /** Any other update (no If-Match, wp-admin, code) still moves the counter. */
    public static function bump_after_update(int $postId): void
    {
        if (get_post_type($postId) !== 'post') {
            return;
        }
        if (isset(self::$bumped[$postId])) {
            unset(self::$bumped[$postId]);
            return;
        }
        self::ensure_rev_row($postId);
        global $wpdb;
        $wpdb->query($wpdb->prepare(
            "UPDATE {$wpdb->postmeta} SET meta_value = meta_value + 1 WHERE post_id = %d AND meta_key = %s",
            $postId,
            self::REV_KEY
        ));
        wp_cache_delete($postId, 'post_meta');
    }

    /**
     * ETag on single-post responses: GET/PUT/PATCH/POST of /wp/v2/posts/<id> and the
     * create. Collections carry toasoan_rev per item instead (headers of items are lost).
     */
    public static function prepare_post($response, $post, $request)
    {
        // Another plugin's filter may have replaced the response; leave anything unexpected alone.
        if (!$response instanceof WP_REST_Response || !$post instanceof WP_Post || !$request instanceof WP_REST_Request) {
            return $response;
        }
        $urlParams = $request->get_url_params();
        $single = isset($urlParams['id'])
            ? (int) $urlParams['id'] === $post->ID
            : $request->get_method() === 'POST';
        if ($single) {
            $response->header('ETag', '"' . self::current_rev($post->ID) . '"');
        }
        return $response;
    }

    /** A 412 also says which version is current, so the client need not fetch to learn it. */
    public static function add_etag_to_mismatch($response, $server, WP_REST_Request $request)
    {
        if ($response instanceof WP_REST_Response && $response->get_status() === 412) {
            $data = $response->get_data();
            if (is_array($data) && ($data['code'] ?? '') === 'toasoan_version_mismatch' && isset($data['data']['rev'])) {
                $response->header('ETag', '"' . (int) $data['data']['rev'] . '"');
            }
        }
        return $response;
    }

    public static function expose_etag(array $headers): array
    {
        $headers[] = 'ETag';
        return $headers;
    }

    public static function allow_if_match(array $headers): array
    {
        $headers[] = 'If-Match';
        return $headers;
    }

    // ---- 4. Contributor uploads -----------------------------------------------------------

    public static function register_setting(): void
    {
        register_setting('writing', self::UPLOADS_OPTION, [
            'type' => 'boolean',
            'default' => true,
            'sanitize_callback' => 'rest_sanitize_boolean',
            'show_in_rest' => false,
        ]);
    }

    public static function contributor_uploads_enabled(): bool
    {
        return (bool) get_option(self::UPLOADS_OPTION, true);
    }

    /**
     * Granted per check rather than added to the role, so deactivating the plugin
     * takes it away again. Editing or deleting someone else's media still needs
     * edit_others_posts / delete_others_posts, which contributors do not have.
     */
    public static function grant_contributor_uploads(array $allcaps, array $caps, array $args, WP_User $user): array
    {
        if (in_array('upload_files', $caps, true) && empty($allcaps['upload_files'])
            && in_array('contributor', (array) $user->roles, true) && self::contributor_uploads_enabled()) {
            $allcaps['upload_files'] = true;
        }
        return $allcaps;
    }

    public static function add_settings_field(): void
    {
        add_settings_field(
            self::UPLOADS_OPTION,
            __('Tòa soạn', 'toasoan-companion'),
            [self::class, 'render_settings_field'],
            'writing',
            'default',
            ['label_for' => self::UPLOADS_OPTION]
        );
    }

    public static function render_settings_field(): void
    {
        printf(
            '<label><input type="checkbox" id="%1$s" name="%1$s" value="1" %2$s /> %3$s</label>',
            esc_attr(self::UPLOADS_OPTION),
            checked(self::contributor_uploads_enabled(), true, false),
            esc_html__('Contributors may upload images and other media (they still cannot edit or delete anyone else’s).', 'toasoan-companion')
        );
    }

    // ---- 5. Discovery ---------------------------------------------------------------------

    public static function info(): WP_REST_Response
    {
        return new WP_REST_Response([
            'plugin' => 'toasoan-companion',
            'version' => TOASOAN_COMPANION_VERSION,
            'features' => self::FEATURES,
            'contributorUploads' => self::contributor_uploads_enabled(),
            'revField' => self::REV_FIELD,
        ]);
    }
}

Toasoan_Companion::boot();
