#!/usr/bin/env bash
# The browser the end-to-end tests drive (playwright-core with executablePath /usr/bin/chromium).
# Debian's package, never a download from elsewhere: `npx playwright install` cannot reach its CDN here.
set -euo pipefail
# Emoji (track icons) need a colour font, or screenshots show boxes.
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Color Emoji'; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run as root, or: sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji >/dev/null 2>&1 || {
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji >/dev/null
}
command -v chromium
