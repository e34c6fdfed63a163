#!/usr/bin/env bash
# Some machines of this kind come with a half-removed npm (an automatic upgrade to an npm that
# needs a newer Node failed midway, leaving /usr/lib/node_modules/npm without lib/cli/). Node
# itself is fine, so we reinstall a Node-20-compatible npm from the npm registry's own tarball.
set -euo pipefail
NPM_VERSION=11.19.1   # engines: ^20.17.0 || >=22.9.0; seen working on this kind of machine
if npm --version >/dev/null 2>&1; then exit 0; fi
echo "npm is missing or broken; installing npm@${NPM_VERSION} from the npm registry" >&2
tmp=$(mktemp -d)
curl -fsSL "https://registry.npmjs.org/npm/-/npm-${NPM_VERSION}.tgz" -o "$tmp/npm.tgz"
tar -xzf "$tmp/npm.tgz" -C "$tmp"
prefix=/usr/lib/node_modules
rm -rf "$prefix/npm"
mv "$tmp/package" "$prefix/npm"
ln -sf "$prefix/npm/bin/npm-cli.js" /usr/bin/npm
ln -sf "$prefix/npm/bin/npx-cli.js" /usr/bin/npx
rm -rf "$tmp"
npm --version
