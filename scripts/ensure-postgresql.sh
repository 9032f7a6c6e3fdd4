#!/usr/bin/env bash
# Installs Debian's PostgreSQL server programs for the store's contract tests when they are missing (the CI machine starts without them).
# The tests start a throwaway cluster of their own (initdb, pg_ctl on a free port, as the postgres user); no service is started here.
set -u
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgresql: PostgreSQL missing and cannot install it here (need root and apt-get); the PostgreSQL tests will fail with this reason." >&2
  exit 0
fi
echo "ensure-postgresql: installing postgresql from Debian's packages..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 \
  || echo "ensure-postgresql: apt-get install failed; the PostgreSQL tests will fail with this reason." >&2
# The package starts a cluster of its own; the tests do not use it.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  for version in /usr/lib/postgresql/*; do pg_ctlcluster "$(basename "$version")" main stop >/dev/null 2>&1 || true; done
fi
exit 0
