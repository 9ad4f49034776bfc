#!/bin/sh
# The browser tests run in Debian's Chromium (Playwright cannot download its own browser here).
# Installs it with apt when it is missing and we are root; otherwise says how to install it.
set -eu
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium with apt-get" >&2
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  [ -x "$browser" ] && exit 0
fi
echo "The browser tests need Chromium at $browser. Install it with: sudo apt-get install -y chromium" >&2
echo "(or set CHROMIUM_PATH to another Chromium binary)" >&2
exit 1
