#!/usr/bin/env bash
# Builds offre as committed at <commit> in a folder outside the working tree,
# for build-offre.mjs to run when the working tree is busy (other people's
# half-done edits, a build under way): the comparison then judges a known
# commit. The folder gets the commit's files (git archive) and borrows the
# repository's installed node_modules through symlinks, except the workspace
# packages, which point to the copy's own packages/; nothing is installed.
#
#   offre-at-commit.sh <commit>|--worktree <folder>
#   e.g. offre-at-commit.sh HEAD /work/sitebuild/offre-head
# --worktree copies the working tree as it is now instead (tracked and untracked
# files, not the ignored ones), for a look at work not yet committed.
#   then node build-offre.mjs <corpus> <out> --repo /work/sitebuild/offre-head
set -euo pipefail

commit=${1:?usage: offre-at-commit.sh <commit> <folder>}
dest=${2:?usage: offre-at-commit.sh <commit> <folder>}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
if [[ "$commit" == --worktree ]]; then
  sha="$(git -C "$repo" rev-parse HEAD)+worktree"
else
  sha=$(git -C "$repo" rev-parse "$commit")
fi
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
if [[ "$dest/" == "$repo/"* ]]; then
  echo "offre-at-commit.sh: the folder must be outside the repository ($repo)" >&2
  exit 2
fi

if [[ -n "$(ls -A "$dest")" && ! -f "$dest/COMMIT" ]]; then
  echo "offre-at-commit.sh: $dest is not empty and is not a copy made by this script" >&2
  exit 2
fi
find "$dest" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
if [[ "$commit" == --worktree ]]; then
  # A file deleted but not yet committed is listed and missing: skipped, quietly.
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -x -C "$dest"
else
  git -C "$repo" archive "$sha" | tar -x -C "$dest"
fi
echo "$sha" > "$dest/COMMIT"

# node_modules: every entry a link to the repository's, the workspace links remade inside the copy.
mkdir -p "$dest/node_modules"
for entry in "$repo"/node_modules/* "$repo"/node_modules/.bin; do
  name=$(basename "$entry")
  if [[ -L "$entry" && "$(readlink "$entry")" == *packages/* ]]; then
    ln -s "$(readlink "$entry")" "$dest/node_modules/$name"
  elif [[ "$name" == @* && -n "$(find "$entry" -maxdepth 1 -type l -lname '*packages/*' -print -quit)" ]]; then
    mkdir -p "$dest/node_modules/$name"
    for scoped in "$entry"/*; do
      if [[ -L "$scoped" && "$(readlink "$scoped")" == *packages/* ]]; then
        ln -s "$(readlink "$scoped")" "$dest/node_modules/$name/$(basename "$scoped")"
      else
        ln -s "$scoped" "$dest/node_modules/$name/$(basename "$scoped")"
      fi
    done
  else
    ln -s "$entry" "$dest/node_modules/$name"
  fi
done
for nested in "$repo"/packages/*/node_modules; do
  package=$(basename "$(dirname "$nested")")
  [[ -d "$dest/packages/$package" ]] && ln -s "$nested" "$dest/packages/$package/node_modules"
done

cd "$dest"
echo "== building offre at $sha in $dest"
npx --no-install turbo run build --filter=@offre/cli... --output-logs=errors-only
test -f packages/cli/dist/bundle/offre.js
echo "== built: $dest/packages/cli/bin/offre.js"
