#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser test when they are missing (the CI machine starts without them).
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium/chromedriver missing and cannot install them here (need root and apt-get); the browser test will fail with this reason." >&2
  exit 0
fi
echo "ensure-chromium: installing chromium and chromium-driver from Debian's packages..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
  || echo "ensure-chromium: apt-get install failed; the browser test will fail with this reason." >&2
exit 0
