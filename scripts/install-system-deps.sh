#!/usr/bin/env bash
# Debian/Ubuntu packages Stafet's tests, GUI and bundle need beyond PyPI: poppler (pdfsig, pdftotext,
# pdftoppm check our PDFs independently), the libraries Qt's offscreen/xcb platforms load, and
# PostgreSQL (the relay server's tests start a throwaway cluster with its initdb/pg_ctl:
# tests/fixtures_postgres.py; Debian keeps them in /usr/lib/postgresql/VERSION/bin).
set -euo pipefail
need=()
command -v pdfsig >/dev/null 2>&1 || need+=(poppler-utils)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# PyInstaller (make bundle) reads shared libraries with objdump and strips them with strip.
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v strip >/dev/null 2>&1 || need+=(binutils)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need+=(postgresql)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
             libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
  done
fi
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Stafet needs these system packages: ${need[*]} (install them with your package manager)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
