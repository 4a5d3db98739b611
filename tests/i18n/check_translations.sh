#!/usr/bin/env bash
# Fails when a user-visible string has no German translation: runs lupdate over all sources into a
# copy of the committed .ts file and lists every message lupdate marks as unfinished.
set -euo pipefail
source_dir=$1
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/soleflipper_de.ts" "$work/de.ts"
"$lupdate" -silent -no-obsolete -locations none "$source_dir/app" "$source_dir/ui" "$source_dir/core" -ts "$work/de.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/de.ts" || true)
if [[ "$unfinished" != "0" ]]; then
  echo "German translation incomplete: $unfinished message(s) need a translation:"
  grep -B3 'type="unfinished"' "$work/de.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
echo "German translation complete: $(grep -c '<source>' "$work/de.ts") messages"

# English is the source language; its file carries the plural forms of every %n message.
cp "$source_dir/translations/soleflipper_en.ts" "$work/en.ts"
"$lupdate" -silent -pluralonly -no-obsolete -locations none "$source_dir/app" "$source_dir/ui" "$source_dir/core" -ts "$work/en.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/en.ts" || true)
if [[ "$unfinished" != "0" ]]; then
  echo "English plural forms incomplete: $unfinished message(s) with %n need their singular:"
  grep -B3 'type="unfinished"' "$work/en.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
echo "English plural forms complete: $(grep -c '<source>' "$work/en.ts") messages"
