#!/usr/bin/env bash
# Before the tests: the system packages they need (Chromium; Python with NumPy, scikit-learn, Pillow and Jupyter's
# nbconvert). On Debian or Ubuntu they are installed when missing; elsewhere this says in one line what to install.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
python="${PYTHON:-/usr/bin/python3}"
packages=()
[ -x "$chromium" ] || packages+=(chromium)
"$python" -c 'import numpy, sklearn, PIL' 2>/dev/null || packages+=(python3-sklearn python3-pil)
"$python" -c 'import nbformat, nbconvert, ipykernel' 2>/dev/null || packages+=(python3-nbformat python3-nbconvert python3-ipykernel)
[ ${#packages[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null; then
	if [ "$(id -u)" -eq 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
	if [ "${sudo[0]:-}" != none ]; then
		echo "Installing what the tests need from the system's packages: ${packages[*]}"
		"${sudo[@]}" apt-get update -qq
		DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
		exit 0
	fi
fi
echo "The tests need ${packages[*]}: install them with: sudo apt-get install -y ${packages[*]} (or set CHROMIUM_PATH and PYTHON)" >&2
exit 1
