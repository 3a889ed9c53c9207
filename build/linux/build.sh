#!/usr/bin/env bash
# Linux: one-folder build -> build/out/cobby-desktop-<version>-linux-<arch>.tar.gz
# The tarball holds cobby-desktop/ (run ./cobby-desktop, or ./cobby-desktop-cli
# self-test), the icon and a .desktop file to copy to ~/.local/share/applications.
# Usage: bash build/linux/build.sh   (PYTHON=/path/to/python to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-.venv/bin/python}"
version="$("$PYTHON" -c 'import cobby_desktop; print(cobby_desktop.__version__)')"
arch="$(uname -m)"
dist=build/out/dist
app="$dist/cobby-desktop"

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath build/work installer.spec

cp resources/cobby-desktop.png "$app/cobby-desktop.png"
cat > "$app/cobby-desktop.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=cobby Desktop
Comment=Connect a Magento shop to cobby and keep its API credentials safe
Exec=cobby-desktop
Icon=cobby-desktop
Terminal=false
Categories=Office;Network;
DESKTOP

# Fail before packaging if the frozen app cannot even start.
"$app/cobby-desktop-cli" --version

tarball="build/out/cobby-desktop-$version-linux-$arch.tar.gz"
tar -czf "$tarball" -C "$dist" cobby-desktop
echo "Built $tarball ($(du -h "$tarball" | cut -f1))"
