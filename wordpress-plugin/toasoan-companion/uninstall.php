<?php
/**
 * Runs when an admin deletes the plugin from Plugins → Installed Plugins.
 * Removes the plugin's setting. Post meta stays on purpose: editorial notes, bylines
 * and sources are newsroom data, and the revision counters must not restart at 1
 * while desktop apps still hold ETags from before (a stale "3" would match again).
 */
if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

delete_option('toasoan_contributor_uploads');
