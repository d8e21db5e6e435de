#!/usr/bin/env bash
# Installs what the queue-mode e2e suite needs besides n8n: Redis and PostgreSQL from Debian's packages
# (CI has only Node 20, npm and apt, and runs as root). Idempotent and quick once installed: apt runs only
# when a binary is missing. Services are not started here: the suite starts its own on free loopback
# ports, in temporary folders. Prints the binaries' locations as KEY=value lines for the suite.
set -euo pipefail

find_pg_bin() {
	# Debian keeps each major version's server binaries apart; take the newest installed.
	local dir
	dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
	if [ -n "$dir" ] && [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

redis_server="$(command -v redis-server || true)"
pg_bin="$(find_pg_bin)"

if [ -z "$redis_server" ] || [ -z "$pg_bin" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null 2>&1; then
		sudo=(sudo -n)
	else
		echo "ensure-queue-services: redis-server or PostgreSQL is missing and this user cannot run apt-get" >&2
		exit 1
	fi
	echo "Installing redis-server and postgresql with apt-get (one time)..." >&2
	# Several callers may race (parallel CI steps): one installs, the others wait on the lock.
	lock="${TMPDIR:-/tmp}/n8n-bytedance-apt.lock"
	(
		flock -w 900 9
		if ! command -v redis-server >/dev/null 2>&1 || [ -z "$(find_pg_bin)" ]; then
			export DEBIAN_FRONTEND=noninteractive
			"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
			"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
				redis-server postgresql >&2
		fi
	) 9>"$lock"
	redis_server="$(command -v redis-server)"
	pg_bin="$(find_pg_bin)"
fi

if [ -z "$pg_bin" ]; then
	echo "ensure-queue-services: PostgreSQL server binaries not found under /usr/lib/postgresql" >&2
	exit 1
fi

# Postgres refuses to run as root: the suite runs initdb and postgres as this user when it is root.
pg_user=""
if [ "$(id -u)" -eq 0 ]; then
	pg_user="postgres"
	id -u "$pg_user" >/dev/null 2>&1 || {
		echo "ensure-queue-services: running as root but there is no '$pg_user' user to run PostgreSQL" >&2
		exit 1
	}
fi

echo "REDIS_SERVER=$redis_server"
echo "PG_BIN=$pg_bin"
echo "PG_USER=$pg_user"
