#!/usr/bin/env bash
# setup.sh -- install the Debian packages subgo needs, only those missing.
#
# Usage: setup.sh PACKAGE...   (the Makefile passes its PACKAGES list)
#
# Checks each package with dpkg-query; if any is missing, runs apt-get update
# once and installs them (as root, or through sudo when not root).
set -euo pipefail

missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
