#!/usr/bin/env bash
# A real WordPress on loopback for the WordPress target's tests (tests/sync/test_wordpress_*),
# from Debian's packages: MariaDB on a Unix socket only, PHP's built-in server on 127.0.0.1.
#
#   wordpress.sh up STATE_DIR PORT USER APP_PASSWORD   # as root; writes STATE_DIR/status
#   wordpress.sh down STATE_DIR                        # stops what `up` started, removes it all
#
# tests/run.sh starts `up` in the background and goes on; the tests wait for STATE_DIR/status
# to say `ready` (or `failed: why`). The application password is chosen by the caller (so
# the tests know it before WordPress is up): WordPress keeps only its hash.
# Everything lives in STATE_DIR (database, logs, pid files) except the site's config, which
# Debian's wp-config.php reads from /etc/wordpress/config-NAME.php; NAME is unique to this
# instance (wordpress.sh down removes it), so two test runs never share a site.
# Needs: wordpress mariadb-server mariadb-client php-cli php-mysql php-xml php-mbstring
# (tests/run.sh DEBIAN_PACKAGES).
set -euo pipefail

WPROOT=/usr/share/wordpress

log() { printf '[wordpress.sh] %s\n' "$*" >&2; }
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
pid_in() { [[ -s "$1" ]] && cat "$1" || true; }
still_starting() {  # still_starting PIDFILE: its process is alive, or has not written it yet
    [[ ! -s "$1" ]] || alive "$(cat "$1")"
}

stop_group() {  # stop_group PIDFILE: the process group this script started and recorded
    local pid
    pid="$(pid_in "$1")"
    alive "$pid" || return 0
    # The recorded pid leads its own group (setsid below); a recycled pid would not.
    # (/proc/PID/stat: the group is the third field after the command's closing parenthesis;
    # no `ps`, which minimal images lack.)
    [[ "$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f3)" == "$pid" ]] || return 0
    # The site is thrown away with its folder: nothing for MariaDB to flush, no request
    # worth finishing, so no graceful shutdown (which takes seconds on a busy machine).
    # Not waited for either: a killed process holds no files, only a zombie until reaped.
    kill -KILL -- "-$pid" 2>/dev/null || true
}

down() {
    local state="$1"
    [[ -d "$state" ]] || return 0
    stop_group "$state/php-server.pid"
    stop_group "$state/mariadbd.pid"
    [[ -s "$state/config-name" ]] && rm -f "/etc/wordpress/config-$(cat "$state/config-name").php"
    rm -rf "$state"
}

up() {
    local state="$1" port="$2" user="$3" app_password="$4"
    local started=$SECONDS
    [[ "$(id -u)" == 0 ]] || { log "needs root (mariadbd and php run as mysql and www-data)"; return 1; }
    for tool in /usr/sbin/mariadbd mariadb-install-db mariadb mariadb-admin php setpriv curl; do
        command -v "$tool" >/dev/null || { log "$tool is missing (tests/run.sh installs it)"; return 1; }
    done
    [[ -f "$WPROOT/wp-load.php" ]] || { log "Debian's wordpress package is not installed"; return 1; }

    local base="http://127.0.0.1:$port" run="$state/run" name="editorial-tests-$port"
    local sock="$state/run/mysqld.sock"
    mkdir -p "$state" "$run"
    chmod 711 "$state"  # mysql and www-data reach their files, nobody lists them
    local parent="$state"
    while [[ "$parent" != / ]]; do
        parent="$(dirname "$parent")"
        (($(stat -c '0%a' "$parent") & 1)) \
            || { log "$parent is closed to other users: mysql and www-data cannot reach $state"; return 1; }
    done
    chown mysql:mysql "$run"
    printf '%s' "$name" >"$state/config-name"
    local db_password admin_password
    db_password="$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 24)"
    admin_password="$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 24)"

    # MariaDB: its own datadir and socket, no TCP; durability traded for speed (a test site).
    mkdir -p "$state/mysql"
    chown mysql:mysql "$state/mysql"
    local mariadb_options=(--no-defaults --user=mysql --datadir="$state/mysql"
        --innodb-buffer-pool-size=32M --innodb-log-file-size=8M --innodb-doublewrite=0
        --innodb-flush-log-at-trx-commit=0 --character-set-server=utf8mb4
        --collation-server=utf8mb4_unicode_ci)
    mariadb-install-db "${mariadb_options[@]}" --auth-root-authentication-method=socket \
        --skip-test-db >"$state/mariadb-install-db.log" 2>&1 \
        || { tail -n 5 "$state/mariadb-install-db.log" >&2; log "mariadb-install-db failed"; return 1; }
    # setsid and `echo $$; exec`: the recorded pid is the daemon itself, leading its group.
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$state/mariadbd.pid" /usr/sbin/mariadbd \
        "${mariadb_options[@]}" --socket="$sock" --pid-file="$run/mysqld.pid" \
        --skip-networking --skip-log-bin --log-error="$run/mysqld.err" \
        </dev/null >"$state/mariadbd.out" 2>&1 &
    for _ in $(seq 300); do
        mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1 && break
        still_starting "$state/mariadbd.pid" || break
        sleep 0.1
    done
    mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1 \
        || { tail -n 5 "$state/mariadbd.out" "$run/mysqld.err" >&2; log "mariadbd did not start"; return 1; }
    mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
    log "MariaDB up after $((SECONDS - started)) s"

    # The site's config, chosen by Debian's wp-config.php through $_SERVER['WORDPRESS_CONFIG'].
    (
        umask 027
        cat >"/etc/wordpress/config-$name.php" <<PHP
<?php
// Written by tests/peers/wordpress.sh for $state; removed by \`wordpress.sh down\`.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost:$sock');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '$base');
define('WP_SITEURL', '$base');
define('WP_ENVIRONMENT_TYPE', 'local');  // application passwords over plain http (loopback)
define('DISABLE_WP_CRON', true);         // no loopback cron requests in the middle of a test
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP
        for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
            LOGGED_IN_SALT NONCE_SALT; do
            printf "define('%s', '%s');\n" "$key" \
                "$(head -c 96 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 64)"
        done >>"/etc/wordpress/config-$name.php"
    )
    chown root:www-data "/etc/wordpress/config-$name.php"

    # The router for php -S: files as they are, everything else to WordPress' index.php
    # (what makes /wp-json/ work without Apache's rewrite rules).
    cat >"$state/router.php" <<PHP
<?php
\$_SERVER['WORDPRESS_CONFIG'] = '$name';
\$path = parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/';
\$file = realpath('$WPROOT' . urldecode(\$path));
if (\$file !== false && is_file(\$file)) return false;
\$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = '/index.php';
\$_SERVER['SCRIPT_FILENAME'] = '$WPROOT/index.php';
chdir('$WPROOT');
require '$WPROOT/index.php';
PHP
    # WordPress' installer and an application password, from PHP's command line (as wp-cli
    # does). The password is the caller's: WordPress draws it through wp_generate_password,
    # whose `random_password` filter hands over ours.
    cat >"$state/setup.php" <<PHP
<?php
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE & ~E_WARNING);
\$_SERVER['WORDPRESS_CONFIG'] = '$name';
\$_SERVER['HTTP_HOST'] = '127.0.0.1:$port';
\$_SERVER['REQUEST_METHOD'] = 'GET';
\$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
function wp_new_blog_notification() {}  // pluggable: no mail
require '$WPROOT/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
list(, \$user, \$admin_password, \$app_password) = \$argv;
\$installed = wp_install('Editorial test site', \$user, 'editorial@example.com', false, '', wp_slash(\$admin_password));
global \$wp_rewrite;
\$wp_rewrite->set_permalink_structure('/%postname%/');
\$wp_rewrite->flush_rules(false);
\$account = get_user_by('id', \$installed['user_id']);
add_filter('random_password', function () use (\$app_password) { return \$app_password; });
\$made = WP_Application_Passwords::create_new_application_password(\$account->ID, array('name' => 'editorial tests'));
if (is_wp_error(\$made)) { fwrite(STDERR, \$made->get_error_message() . "\n"); exit(1); }
if (\$made[0] !== \$app_password) { fwrite(STDERR, "the application password was not ours\n"); exit(1); }
PHP
    chmod 644 "$state/router.php" "$state/setup.php"
    local as_www=(setpriv --reuid=www-data --regid=www-data --init-groups)
    "${as_www[@]}" php "$state/setup.php" "$user" "$admin_password" "$app_password" \
        >"$state/setup.log" 2>&1 \
        || { tail -n 5 "$state/setup.log" >&2; log "the WordPress installer failed"; return 1; }
    log "WordPress installed after $((SECONDS - started)) s"

    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        log "127.0.0.1:$port is taken by another program"
        return 1
    fi
    PHP_CLI_SERVER_WORKERS=4 setsid bash -c 'echo $$ >"$0"; cd /; exec "$@"' \
        "$state/php-server.pid" "${as_www[@]}" php -d opcache.enable_cli=1 \
        -d memory_limit=256M -S "127.0.0.1:$port" -t "$WPROOT" "$state/router.php" \
        </dev/null >"$state/php-server.log" 2>&1 &
    local code=""
    for _ in $(seq 200); do
        code="$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$app_password" \
            "$base/wp-json/wp/v2/users/me")" || true
        [[ "$code" == 200 ]] && break
        still_starting "$state/php-server.pid" || break
        sleep 0.1
    done
    [[ "$code" == 200 ]] || {
        tail -n 5 "$state/php-server.log" >&2
        log "GET $base/wp-json/wp/v2/users/me with the application password answered ${code:-nothing}"
        return 1
    }
    log "WordPress answers at $base after $((SECONDS - started)) s"
}

case "${1:-}" in
up)
    (($# == 5)) || { log "usage: wordpress.sh up STATE_DIR PORT USER APP_PASSWORD"; exit 2; }
    # A fresh site every time: whatever an earlier run left in STATE_DIR goes first.
    down "$2"
    mkdir -p "$2"
    if up "$2" "$3" "$4" "$5"; then
        printf 'ready\n' >"$2/status.tmp"
    else
        printf 'failed: see %s\n' "${WORDPRESS_LOG:-the output of wordpress.sh up}" >"$2/status.tmp"
    fi
    mv "$2/status.tmp" "$2/status"
    [[ "$(cat "$2/status")" == ready ]]
    ;;
down)
    (($# == 2)) || { log "usage: wordpress.sh down STATE_DIR"; exit 2; }
    down "$2"
    ;;
*)
    log "usage: wordpress.sh up STATE_DIR PORT USER APP_PASSWORD | down STATE_DIR"
    exit 2
    ;;
esac
