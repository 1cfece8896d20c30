#!/usr/bin/env bash
# Make sure a redis-server binary is on PATH for the test session (tests start their own server on
# 127.0.0.1 on a free port; see tests/_redis.py). Installs Debian's package when it is missing.
set -euo pipefail
command -v redis-server >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is missing and apt-get is not available: install Redis (>= 6) by hand" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends redis-server >/dev/null \
  || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends redis-server >/dev/null; }
command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing after apt-get" >&2; exit 1; }
echo "installed $(redis-server --version | head -c 60)"
