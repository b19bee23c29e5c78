#!/usr/bin/env bash
# Installs everything the tests need, then runs them: the project's one test command.
#   bash scripts/test.sh            # whole suite
#   bash scripts/test.sh -k dates   # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# Browser tests drive Debian's Chromium (never a browser build downloaded by a test tool).
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
if [ ! -x /usr/bin/chromium ]; then
  # In CI a skipped browser test would hide a broken page: fail instead.
  if [ "${CI:-}" = "true" ]; then echo "error: could not install Debian's chromium" >&2; exit 1; fi
  echo "note: /usr/bin/chromium is missing; browser tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
