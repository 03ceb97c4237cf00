<?php
/**
 * Router for `php -S`: real files are served as they are, anything else goes to
 * WordPress's index.php, as Apache's rewrite rules would do on a real site.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . rawurldecode(is_string($path) ? $path : '/');
if (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php'))) {
    return false;
}
// WordPress reads these to tell "index.php itself" from a pretty URL.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
