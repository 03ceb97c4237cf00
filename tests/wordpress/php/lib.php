<?php
/**
 * Shared by the PHP scripts that tests/wordpress runs with the PHP CLI.
 * Input arrives as JSON on stdin; the answer is JSON on the last line of stdout.
 */

function toasoan_test_input(): array
{
    static $input = null;
    if ($input === null) {
        $decoded = json_decode((string) stream_get_contents(STDIN), true);
        $input = is_array($decoded) ? $decoded : [];
    }
    return $input;
}

function toasoan_test_answer($value): void
{
    echo "\n", json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR), "\n";
}

/** Throws instead of returning a WP_Error, so a failed setup step stops the script loudly. */
function toasoan_test_ok($result, string $what)
{
    if (is_wp_error($result)) {
        throw new RuntimeException($what . ': ' . $result->get_error_code() . ' ' . $result->get_error_message());
    }
    return $result;
}

/** An application password for REST; login passwords are refused there. */
function toasoan_test_app_password(int $userId): string
{
    $created = toasoan_test_ok(
        WP_Application_Passwords::create_new_application_password($userId, ['name' => 'toasoan-tests']),
        "application password for user $userId"
    );
    return $created[0];
}

function toasoan_test_create_user(string $login, string $role, string $displayName): array
{
    $id = toasoan_test_ok(wp_insert_user([
        'user_login' => $login,
        'user_pass' => 'test-password',
        'user_email' => $login . '@toasoan.test',
        'display_name' => $displayName,
        'role' => $role,
    ]), "user $login");
    return ['id' => $id, 'login' => $login, 'appPassword' => toasoan_test_app_password($id)];
}
