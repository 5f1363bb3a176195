#!/usr/bin/env bash
# Installs what the real-client tests (npm run test:e2e) need, outside the project's dependencies:
#   - Debian packages: chromium (headless browser for code-server), neovim (LSP client over stdio),
#     libkrb5-dev (code-server's native modules), ripgrep (code-server's search, no download)
#   - code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) into
#     test/e2e/.tools (git-ignored), with ripgrep taken from the Debian package instead of GitHub.
# Usage: bash test/e2e/install.sh        (as root, or with sudo available; idempotent)
set -euo pipefail
HIER="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$HIER/.tools"
CODE_SERVER_VERSIE="4.100.3"

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

pakketten=()
command -v chromium >/dev/null 2>&1 || pakketten+=(chromium)
command -v nvim >/dev/null 2>&1 || pakketten+=(neovim)
command -v rg >/dev/null 2>&1 || pakketten+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || pakketten+=(libkrb5-dev)
if [ "${#pakketten[@]}" -gt 0 ]; then
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${pakketten[@]}"
fi

if [ -x "$TOOLS/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$CODE_SERVER_VERSIE\"" "$TOOLS/node_modules/code-server/package.json" 2>/dev/null; then
    echo "code-server $CODE_SERVER_VERSIE staat al in $TOOLS"
    exit 0
fi

# code-server's @vscode/ripgrep would download rg from GitHub; give it the Debian binary instead.
TMPDIR="${TMPDIR:-/tmp}"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

mkdir -p "$TOOLS"
[ -f "$TOOLS/package.json" ] || echo '{ "name": "opgave-e2e-tools", "private": true }' > "$TOOLS/package.json"
npm_config_unsafe_perm=true npm_config_yes=true npm install --prefix "$TOOLS" --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSIE"
echo "code-server $CODE_SERVER_VERSIE geïnstalleerd in $TOOLS"
