#!/usr/bin/env bash
# Runs a command with a fresh, unlocked gnome-keyring (Secret Service) in this
# D-Bus session and a throw-away HOME, so tests never touch a real keychain.
set -euo pipefail
export HOME="$(mktemp -d)"
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf 'test-only-unlock' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
