#!/usr/bin/env bash
# Installs what the browser, search, live-reload and newsroom tests need, so
# that `cargo test` runs them instead of skipping them: Debian's Chromium,
# Java (for the Nu Html Checker), Node and npm with the pinned packages of
# tests/browser, and a Python virtualenv (target/newsroom-venv) with
# feedparser, extruct and pyoembed. Run as root (or with sudo) from anywhere:
#
#     sudo bash tests/install-tools.sh
#
# .ci/run uses it too. Nothing is downloaded outside the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
# Browsers come from Debian, never from Playwright's own download.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

apt_packages=()
if [ ! -x /usr/bin/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  apt_packages+=(chromium)
fi
if ! java -version >/dev/null 2>&1; then
  apt_packages+=(default-jre-headless)
fi
if ! command -v npm >/dev/null 2>&1; then
  apt_packages+=(nodejs npm)
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
  apt_packages+=(python3 python3-venv)
fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "installing ${apt_packages[*]}"
  apt-get update -qq
  apt-get install -y -qq "${apt_packages[@]}"
fi
chromium --version 2>/dev/null || true
java -version 2>&1 | head -n 1
node --version

python3 -m venv target/newsroom-venv
target/newsroom-venv/bin/pip install --quiet --disable-pip-version-check -r tests/newsroom/requirements.txt

# --ignore-scripts: vnu-jar's postinstall would try to download a JDK when
# it finds none; Java comes from Debian above.
npm ci --prefix tests/browser --ignore-scripts --no-audit --no-fund
echo "tools installed: cargo test now runs the browser and newsroom tests"
