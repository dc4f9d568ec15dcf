#!/usr/bin/env bash
# Installs the test peers that come from the npm registry: the AT Protocol reference
# PDS with a local PLC directory (tests/peers/pds), run under the Node 22 that the
# `node` package brings, with better-sqlite3 built from source for that Node
# (the registry's prebuilt binaries are not reachable here).  See shared PEERS.md.
# Idempotent: does nothing when node_modules was built from the same lock file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peer="$root/tests/peers/pds"
stamp="$peer/node_modules/.advocate-installed"
want=$(cat "$peer/package.json" "$peer/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed for the Bluesky test peer (Node 20 + npm)" >&2; exit 1; }
echo "Installing the Bluesky test peer (AT Protocol PDS, about 550 MB) in tests/peers/pds"
cd "$peer"
rm -f "$stamp"
# The install scripts that matter are run by hand below; skipping the rest avoids
# compiling better-sqlite3 twice (once for the system Node, once for Node 22).
npm ci --no-audit --no-fund --ignore-scripts
npm rebuild --no-audit --no-fund node   # fetches Node 22 as node_modules/.bin/node
node_dir=$(ls -d "$peer"/node_modules/node/node_modules/node-linux-* | head -n1)
gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
(cd node_modules/better-sqlite3 && ../.bin/node "$gyp" rebuild --release --nodedir="$node_dir" >/dev/null)
node_modules/.bin/node -e "new (require('better-sqlite3'))(':memory:').close()"
echo "$want" > "$stamp"
