#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs them.
# System packages: a real Secret Service keychain (gnome-keyring in a D-Bus
# session) and the libraries Qt needs offscreen. Python packages: a local .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dbus-run-session >/dev/null || need_apt+=(dbus)
command -v gnome-keyring-daemon >/dev/null || need_apt+=(gnome-keyring)
command -v Xvfb >/dev/null || need_apt+=(xvfb)
ldconfig -p | grep -q libEGL.so.1 || need_apt+=(libegl1)
ldconfig -p | grep -q libGL.so.1 || need_apt+=(libgl1)
ldconfig -p | grep -q libxkbcommon.so.0 || need_apt+=(libxkbcommon0)
ldconfig -p | grep -q libfontconfig.so.1 || need_apt+=(libfontconfig1 fonts-dejavu-core)
ldconfig -p | grep -q libdbus-1.so.3 || need_apt+=(libdbus-1-3)
# jactionlint runs shellcheck on the workflows' bash steps when it is there.
command -v shellcheck >/dev/null || need_apt+=(shellcheck)
# Root installs; so does a user with password-less sudo (GitHub's runners).
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo -n)
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && "${as_root[@]}" true 2>/dev/null; then
    "${as_root[@]}" apt-get update -q >/dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}" >/dev/null
  else
    echo "Please install: ${need_apt[*]}" >&2
    exit 2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

export QT_QPA_PLATFORM=offscreen
# Here the keychain and the build tools are installed: a skip would hide a defect.
export COBBY_TESTS_STRICT=1
.venv/bin/ruff check cobby_desktop tests tools
.venv/bin/mypy  # [tool.mypy] in pyproject.toml: strict below the UI, basic in it
# The release workflows (.github/workflows) cannot run here: lint them instead.
.venv/bin/jactionlint --no-online --no-color
# A full run (no test paths given) also runs a German cross-section: tests
# assert codes and parameters, so they pass in either language, and German
# mnemonics, plural forms and the CLI's texts are exercised (about 15 s; the
# whole suite passes with COBBY_TEST_LANG=de too).
if ! printf '%s\n' "$@" | grep -q '^[^-]'; then
  COBBY_TEST_LANG=de dbus-run-session -- bash tests/with-keyring.sh .venv/bin/python -m pytest -q \
    -p no:cacheprovider \
    tests/unit/test_magento1_keys.py tests/unit/test_magento2_tokens.py tests/unit/test_urls.py \
    tests/unit/test_listing.py tests/unit/test_purge.py tests/unit/test_cli_check.py \
    tests/unit/test_translations.py tests/gui/test_wizard_a11y.py tests/gui/test_main_window.py \
    tests/gui/test_workspaces_dialog.py tests/gui/test_proof_widget.py tests/gui/test_language.py
fi
exec dbus-run-session -- bash tests/with-keyring.sh .venv/bin/python -m pytest "$@"
