#!/usr/bin/env bash
# Installs the Debian packages the integration tests and screenshots need:
#   chromium (headless browser driving code-server), fonts-noto-cjk (Chinese glyphs in screenshots),
#   libkrb5-dev (code-server's native `kerberos` module), ripgrep (code-server's search, replaces
#   @vscode/ripgrep's download). Does nothing when they are present already.
set -euo pipefail
need=()
for pkg in chromium fonts-noto-cjk libkrb5-dev ripgrep; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup-system: missing Debian packages: ${need[*]} (run as root or install them)" >&2; exit 1
  fi
fi
echo "setup-system: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
