#!/usr/bin/env bash
# Starts the local Neo4j (see README.md) detached, waits until Bolt answers a query, and returns.
# NEO4J_RESET=1 starts it empty. NEO4J_BOLT_PORT and NEO4J_DATA_DIR run a second instance beside the first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${NEO4J_BOLT_PORT:-7687}"
data="${NEO4J_DATA_DIR:-$root/.neo4j/data-$port}"
run="$root/.neo4j/run"
pidfile="$run/neo4j-$port.pid"
log="$run/neo4j-$port.log"
heap="${NEO4J_HEAP:-768m}"
mkdir -p "$run"

if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  if [[ "${NEO4J_RESET:-}" == "1" ]]; then
    echo "Neo4j is already running on port $port (pid $(cat "$pidfile")): stop it first to start it empty" >&2
    exit 1
  fi
  echo "Neo4j is already running on bolt://127.0.0.1:$port (pid $(cat "$pidfile"))"
  exec node "$root/node_modules/ts-node/dist/bin.js" --transpile-only "$here/wait-for-bolt.ts" "$port" "$(cat "$pidfile")" "$log"
fi

# Build on first use, and again when the launcher changes; Maven downloads into ~/.m2 once.
stamp="$here/target/.built"
if [[ ! -f "$stamp" || "$here/pom.xml" -nt "$stamp" || -n "$(find "$here/src" -newer "$stamp" -type f)" ]]; then
  echo "Building the Neo4j launcher with Maven (the first time downloads about 125 MB)..."
  (cd "$here" && mvn -q -B package) && touch "$stamp"
fi

if [[ "${NEO4J_RESET:-}" == "1" ]]; then
  rm -rf "$data"
fi
mkdir -p "$data"

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# setsid: the database outlives this script and the npm process that ran it.
setsid "$java_bin" -Xms128m "-Xmx$heap" -XX:+UseSerialGC \
  -cp "$here/target/classes:$here/target/lib/*" kb.neo4j.LocalNeo4j "$data" "$port" \
  >"$log" 2>&1 </dev/null &
echo $! >"$pidfile"
echo "Starting Neo4j on bolt://127.0.0.1:$port (pid $!, data in ${data#"$root"/}, log in ${log#"$root"/})"
exec node "$root/node_modules/ts-node/dist/bin.js" --transpile-only "$here/wait-for-bolt.ts" "$port" "$!" "$log"
