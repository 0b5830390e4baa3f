#!/usr/bin/env bash
# Packs the core package of an earlier release from its tag into a local feed, for the version comparison benchmarks:
#
#   tools/pack-baseline.sh v0.4.0      # → artifacts/baseline/0.4.0/GovDisclosure.Policy.0.4.0.nupkg
#
# The tag is checked out into a temporary worktree, so the working copy is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:?usage: tools/pack-baseline.sh <tag, for example v0.4.0>}
version=${tag#v}
feed=artifacts/baseline/$version
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git worktree add --detach "$tree" "$tag" >/dev/null
rm -rf "$feed"
dotnet pack "$tree/src/GovDisclosure.Policy/GovDisclosure.Policy.csproj" -c Release -o "$feed" -p:Version="$version" >/dev/null
# The package cache keeps the first package it saw of a version; drop it so the feed's is used.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/govdisclosure.policy/$version"
ls "$feed"
