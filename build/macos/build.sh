#!/usr/bin/env bash
# macOS: installer.spec -> "cobby Desktop.app" -> build/out/cobby-desktop-<version>-macos-<arch>.dmg
# The .dmg opens to the app and a link to Applications (drag to install).
#
# Signing and notarization run only when configured (nothing secret is passed
# on a command line: notarytool reads a stored keychain profile or an API key file):
#   COBBY_MACOS_SIGN_IDENTITY  "Developer ID Application: <Company> (<TEAMID>)"
#   COBBY_NOTARY_PROFILE       profile saved with `xcrun notarytool store-credentials`
#   or COBBY_NOTARY_KEY (path to AuthKey_XXXX.p8), COBBY_NOTARY_KEY_ID, COBBY_NOTARY_ISSUER
# Without them the app is ad-hoc signed; Gatekeeper warns merchants and the
# keychain asks again after every rebuild (access is tied to the signature).
# Usage: bash build/macos/build.sh   (PYTHON=/path/to/python to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-.venv/bin/python}"
version="$("$PYTHON" -c 'import cobby_desktop; print(cobby_desktop.__version__)')"
name="$("$PYTHON" -c 'import cobby_desktop; print(cobby_desktop.APP_NAME)')"
arch="$(uname -m)"
dist=build/out/dist
app="$dist/$name.app"
dmg="build/out/cobby-desktop-$version-macos-$arch.dmg"
identity="${COBBY_MACOS_SIGN_IDENTITY:-}"

warn() { printf 'WARNING: %s\n' "$*" >&2; }

# The spec signs every binary and the bundle when COBBY_MACOS_SIGN_IDENTITY is set.
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath build/work installer.spec

"$app/Contents/MacOS/cobby-desktop-cli" --version

if [ -n "$identity" ]; then
  codesign --verify --deep --strict --verbose=2 "$app"
else
  warn "COBBY_MACOS_SIGN_IDENTITY is not set: the app stays ad-hoc signed and is not notarized."
fi

# The disk image: the app plus a link to /Applications.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$name" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -z "$identity" ]; then
  echo "Built $dmg (unsigned)"
  exit 0
fi
codesign --force --timestamp --sign "$identity" "$dmg"

notary=()
if [ -n "${COBBY_NOTARY_PROFILE:-}" ]; then
  notary=(--keychain-profile "$COBBY_NOTARY_PROFILE")
elif [ -n "${COBBY_NOTARY_KEY:-}" ] && [ -n "${COBBY_NOTARY_KEY_ID:-}" ] && [ -n "${COBBY_NOTARY_ISSUER:-}" ]; then
  notary=(--key "$COBBY_NOTARY_KEY" --key-id "$COBBY_NOTARY_KEY_ID" --issuer "$COBBY_NOTARY_ISSUER")
fi
if [ ${#notary[@]} -eq 0 ]; then
  warn "No notarization credentials (COBBY_NOTARY_PROFILE or COBBY_NOTARY_KEY/_KEY_ID/_ISSUER): signed but not notarized; Gatekeeper will warn on first start."
  echo "Built $dmg (signed, not notarized)"
  exit 0
fi
xcrun notarytool submit "$dmg" "${notary[@]}" --wait
xcrun stapler staple "$dmg"
echo "Built $dmg (signed and notarized)"
