#!/usr/bin/env bash
# Builds code.gouv.fr with its own generator (Eleventy 2.0.1), outside the
# repository, as the reference that scripts/site-compare/run.ts judges offre's
# build against (issue 15). Manual step: it needs the network to the npm registry.
#
#   build-reference.sh <corpus folder> <output folder>
#   e.g. build-reference.sh /work/shared/corpus/codegouvfr-website /work/sitebuild
#
# The site lands in <output folder>/_site, with beside it what the comparison
# reads: pages.tsv (each page built from markdown: output file, source),
# image-sources.json (eleventy-img's output URLs and their source images) and
# build-date.txt (the day of the build). The three workarounds of the corpus's
# NOTICE.md are applied here:
#   1. `npm ci --ignore-scripts` (the lock file has no `resolved` addresses), then
#      sharp 0.33 from the registry in place of 0.32 (whose install script
#      downloads libvips from GitHub): an `overrides` entry, installed again
#      with --ignore-scripts (0.33 ships its binaries as @img/* packages);
#   2. the three data files that fetch JSON from code.gouv.fr at build time
#      (formations, ospos, sill) get empty arrays through eleventy-fetch's cache;
#   3. the site's content/ is the corpus's markdown pages and images plus
#      site/content/ (layouts data, listings, home).
set -euo pipefail

corpus=${1:?usage: build-reference.sh <corpus folder> <output folder>}
out=${2:?usage: build-reference.sh <corpus folder> <output folder>}
corpus=$(cd "$corpus" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || true)
if [[ -n "$repo" && "$out/" == "$repo/"* ]]; then
  echo "build-reference.sh: the output folder must be outside the repository ($repo)" >&2
  exit 2
fi

echo "== copying the site into $out"
# The corpus is read-only: copy, then make the copy writable. What a previous run
# made is replaced (node_modules and eleventy-fetch's .cache are kept); anything
# else in the folder, such as offre's build beside it, is left alone.
for name in $(ls -A "$corpus/site") content _site eleventy.log pages.tsv image-sources.json build-date.txt; do
  [[ "$name" == node_modules ]] || rm -rf "${out:?}/$name"
done
cp -R "$corpus/site/." "$out/"
rm -rf "$out/content"
mkdir -p "$out/content"
cp -R "$corpus/content/." "$out/content/"
cp -R "$corpus/site/content/." "$out/content/"
chmod -R u+w "$out"

cd "$out"
echo "== npm ci --ignore-scripts"
npm ci --ignore-scripts --no-audit --no-fund

echo "== sharp 0.33 in place of 0.32"
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("package.json", "utf8"));
  p.overrides = { ...(p.overrides || {}), sharp: "0.33.5" };
  fs.writeFileSync("package.json", JSON.stringify(p, null, 2) + "\n");
'
npm install --ignore-scripts --no-audit --no-fund
node -e 'const s = require("sharp"); console.log("sharp", require("sharp/package.json").version, "libvips", s.versions.vips)'

echo "== empty arrays for the data fetched from code.gouv.fr"
# Written through eleventy-fetch's own cache class, keyed by the URL as the data
# files fetch it, so the build reads them as fresh (duration "2w") and never fetches.
node -e '
  const { AssetCache } = require("@11ty/eleventy-fetch");
  const urls = [
    "https://code.gouv.fr/data/formations-logiciels-libres.json",
    "https://code.gouv.fr/data/fr-ospos.json",
    "https://code.gouv.fr/sill/api/sill.json",
  ];
  (async () => {
    for (const url of urls) {
      const cache = new AssetCache(url, ".cache");
      await cache.save([], "json");
      console.log(url, "-> .cache/" + cache.cacheFilename);
    }
  })();
'
grep -q 'code.gouv.fr/data/formations-logiciels-libres.json' _data/formations.js  # the URLs above are the data files'
grep -q 'code.gouv.fr/data/fr-ospos.json' _data/ospos.js
grep -q '"https://code.gouv.fr/sill/api/sill.json"' _data/sill.js

echo "== eleventy"
rm -rf _site
# Not --quiet: Eleventy logs "Writing _site/<url>index.html from ./content/<page>.md",
# which gives the pages built from the corpus's markdown (pages.tsv below).
# record-images.cjs writes image-sources.json: what eleventy-img named each image
# (<hash>-<width>.<format>) and its source, for the comparison to map them back.
date -u +%F > build-date.txt
time (NODE_OPTIONS="--require $here/record-images.cjs" npx --no-install @11ty/eleventy > eleventy.log 2>&1) || { tail -40 eleventy.log >&2; exit 1; }
echo "$(node -p 'Object.keys(require("./image-sources.json")).length') image URLs in image-sources.json"
tail -3 eleventy.log

echo "== pages.tsv: output file and markdown source of each page built from content/*.md"
sed -nE 's#^\[11ty\] Writing _site/(.+) from \./content/(.+\.md)( \(.*\))?$#\1\t\2#p' eleventy.log | sort > pages.tsv
wc -l < pages.tsv

echo "== built: $(wc -l < pages.tsv) pages from markdown, $(find _site -name index.html | wc -l) in all, in $out/_site (pages.tsv, image-sources.json, build-date.txt beside it)"
