# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: root/sudo handling, Debian packages, the CMake build.

DPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that are missing; does nothing when all are there.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What building the console needs.
DPO_BUILD_PACKAGES=(
    build-essential cmake ccache pkg-config python3 # python3: the manual pages (scripts/manpages.py)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL
    qt6-pdf-dev qt6-image-formats-plugins # documents shown in the console: PDF pages, TIFF scans
    libgl-dev libssl-dev libsqlite3-dev libpq-dev fonts-dejavu-core
)

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
    local dir="$1"
    shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
        export CCACHE_BASEDIR="$DPO_ROOT" # hits across build folders and clones
        # With debug information (the Debug and sanitizer builds) ccache also hashes the working
        # folder, so a clone elsewhere (CI's) compiled every file anew. Not hashed, a file's debug
        # information names the folder of the build that compiled it first.
        export CCACHE_NOHASHDIR=1
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$DPO_ROOT" -B "$dir" "${launcher[@]}" "$@" >/dev/null
    # DPO_BUILD_TARGETS: only these targets (and what they need), for a script that runs a few.
    local targets=()
    [ -z "${DPO_BUILD_TARGETS:-}" ] || read -ra targets <<<"$DPO_BUILD_TARGETS"
    cmake --build "$dir" -j "$(nproc)" ${targets[@]+--target "${targets[@]}"}
}
