#!/usr/bin/env bash
# Stops the local Neo4j started by start.sh and waits until its process has gone (a clean shutdown flushes the store).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${NEO4J_BOLT_PORT:-7687}"
pidfile="$root/.neo4j/run/neo4j-$port.pid"

if [[ ! -f "$pidfile" ]]; then
  echo "Neo4j on port $port is not running (no pid file)"
  exit 0
fi
pid="$(cat "$pidfile")"
if kill -TERM "$pid" 2>/dev/null; then
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Neo4j (pid $pid) did not stop within 60 s: killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$pidfile"
echo "Neo4j on port $port stopped"
