# Shared helpers for scripts/: sourced, not run.
# Node tools are pinned here and installed with npm into a cache folder, never into the repository.
SPECTRAL_VERSION="6.16.3"
PRISM_VERSION="5.16.0"
TASKSDK_CACHE="${TASKSDK_CACHE:-$HOME/.cache/tasksdk}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() { echo "error: $*" >&2; exit 1; }

need_node() {
  command -v node >/dev/null 2>&1 || die "node is not installed; install Node.js 18+ with npm (Debian: apt-get install nodejs npm)"
  command -v npm >/dev/null 2>&1 || die "npm is not installed; install npm (Debian: apt-get install npm)"
}

# npm_tool <package> <version> -> prints the install folder, installing on first use (with a lock).
npm_tool() {
  local pkg="$1" version="$2" name dir
  name="$(basename "$pkg")-$version"
  dir="$TASKSDK_CACHE/$name"
  if [ ! -f "$dir/.installed" ]; then
    need_node
    mkdir -p "$dir"
    (
      flock 9
      if [ ! -f "$dir/.installed" ]; then
        echo "installing $pkg@$version into $dir" >&2
        npm install --silent --no-audit --no-fund --prefix "$dir" "$pkg@$version" >&2 \
          || die "npm install $pkg@$version failed"
        touch "$dir/.installed"
      fi
    ) 9>"$dir.lock"
  fi
  echo "$dir"
}
