#!/usr/bin/env bash
# The whole suite again with the process clock moved a year and a day ahead (libfaketime, from
# Debian's faketime package): a test that depends on the day it runs fails here before it fails
# on main. Child processes (the built binary, tmux) inherit the moved clock through LD_PRELOAD.
# Monotonic clocks are left alone so timers and timeouts behave as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
offset="${ANGIO_FUTURE_OFFSET:-+366d}"
if ! command -v faketime >/dev/null 2>&1; then
  echo "test-future: faketime is not installed (Debian: apt-get install faketime)" >&2
  exit 2
fi
echo "test-future: running the suite with the clock moved $offset ($(FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$offset" date -u +%F))"
FAKETIME_DONT_FAKE_MONOTONIC=1 exec faketime -f "$offset" npx vitest run "$@"
