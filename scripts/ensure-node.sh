#!/usr/bin/env bash
# Puts Node 22+ first on PATH. Electron 45's tooling, vitest 5 and vue-i18n need it; where the machine's
# node is older, node@22 comes from the npm registry into .tools/ (a registry package, no other download).
# Usage: source scripts/ensure-node.sh
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "${_major}" -lt 22 ]; then
  if [ ! -x "${_root}/.tools/node_modules/.bin/node" ]; then
    mkdir -p "${_root}/.tools"
    (cd "${_root}/.tools" && echo '{"private":true}' > package.json && npm install --no-save --no-audit --no-fund node@22 >/dev/null)
  fi
  export PATH="${_root}/.tools/node_modules/.bin:${PATH}"
fi
echo "node $(node --version)"
