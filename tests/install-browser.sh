#!/usr/bin/env bash
# Installs Debian's chromium and chromedriver for the drawing tests, when they are missing and
# this machine can install them (root + apt-get). Otherwise it says why, and the browser tests
# skip with that reason. Never downloads a browser build of its own.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: chromium not installed and cannot install it here (needs root and apt-get); browser tests will skip"
  exit 0
fi
echo "browser: installing Debian's chromium and chromium-driver (one-time)..."
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
  echo "browser: apt-get could not install chromium; browser tests will skip"
fi
exit 0
