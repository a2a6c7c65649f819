# Set-up shared by the benchmark scripts; source it after the arguments are read. It moves to the repository
# root and sets: repo (its path), jar (target/apparatus.jar, packaged first if missing), work (a temporary
# directory, removed on exit) and timer (/usr/bin/time when installed, else empty).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
jar="$repo/target/apparatus.jar"
if [[ ! -f "$jar" ]]; then
  echo "building target/apparatus.jar (mvn -q package -DskipTests) ..."
  mvn -q package -DskipTests
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
timer=""
if [[ -x /usr/bin/time ]]; then
  timer="/usr/bin/time"
fi
