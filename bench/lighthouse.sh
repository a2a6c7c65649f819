#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the reading pages, mobile and desktop presets.
#
# Usage: bash bench/lighthouse.sh [lighthouse-dir]
#
# lighthouse-dir holds a local install of Lighthouse 13 (made once with
#   mkdir -p ~/.cache/apparatus/lighthouse && cd ~/.cache/apparatus/lighthouse && npm install lighthouse@13
# ), default $LIGHTHOUSE_DIR or ~/.cache/apparatus/lighthouse. Builds the edition into a temporary directory
# with the loopback address as its base URL, serves it on 127.0.0.1 (gzip, as static hosts do), runs headless Chromium (/usr/bin/chromium, or $CHROME_PATH)
# on the home page, both text pages, the glossary, the references and the fact-check index, and prints one table.
# Reports are kept in the temporary directory, whose path is printed. Not part of the Maven test suite: it takes
# several minutes.
set -euo pipefail

lh_dir="${1:-${LIGHTHOUSE_DIR:-$HOME/.cache/apparatus/lighthouse}}"
lighthouse="$lh_dir/node_modules/.bin/lighthouse"
if [[ ! -x "$lighthouse" ]]; then
  echo "no Lighthouse at $lighthouse: install it with 'npm install lighthouse@13' in $lh_dir" >&2
  exit 2
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar="target/apparatus.jar"
if [[ ! -f "$jar" ]]; then
  mvn -q package -DskipTests
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port/"
java -jar "$jar" build --site "$work/site" --base-url "$base" >/dev/null
# A static server that compresses text as static hosts (GitHub Pages) do.
node -e '
const http = require("http"), fs = require("fs"), path = require("path"), zlib = require("zlib");
const [root, port] = process.argv.slice(1);
const types = {html: "text/html; charset=utf-8", css: "text/css", js: "text/javascript", svg: "image/svg+xml",
  json: "application/json", xml: "application/xml", txt: "text/plain"};
http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(req.url.split("?")[0]));
  if (file.endsWith("/")) file += "index.html";
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { file = path.join(root, "404.html"); res.statusCode = 404; }
  const ext = path.extname(file).slice(1);
  res.setHeader("Content-Type", types[ext] || "application/octet-stream");
  res.setHeader("Cache-Control", "max-age=600");
  const body = fs.readFileSync(file);
  if (types[ext] && /gzip/.test(req.headers["accept-encoding"] || "")) {
    res.setHeader("Content-Encoding", "gzip");
    res.end(zlib.gzipSync(body));
  } else res.end(body);
}).listen(+port, "127.0.0.1");' "$work/site" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 1

pages=("" movahedian/index.html afrasiabi/index.html glossary/index.html references/index.html fact-checks/index.html)
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
for preset in mobile desktop; do
  for page in "${pages[@]}"; do
    name="${page//\//_}"
    name="${name:-home}"
    extra=()
    [[ "$preset" == desktop ]] && extra=(--preset=desktop)
    "$lighthouse" "$base$page" --quiet --chrome-flags="$flags" "${extra[@]}" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$work/$preset-$name.json" >/dev/null 2>&1 || echo "lighthouse failed on $page ($preset)" >&2
  done
done

node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1];
const cats = ["performance", "accessibility", "best-practices", "seo"];
console.log("| page | preset | " + cats.join(" | ") + " |");
console.log("|---|---|" + cats.map(() => "---").join("|") + "|");
for (const f of fs.readdirSync(dir).filter(f => f.endsWith(".json")).sort()) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  const [preset, ...rest] = f.replace(/\.json$/, "").split("-");
  const scores = cats.map(c => r.categories[c] && r.categories[c].score !== null ? r.categories[c].score.toFixed(2) : "n/a");
  console.log("| " + rest.join("-").replace(/_/g, "/").replace(/\.html$/, ".html") + " | " + preset + " | " + scores.join(" | ") + " |");
}' "$work"
echo "reports in $work"
