#!/usr/bin/env bash
# Fails when a user-visible string has no German translation, or a %n message no English plural form:
# runs lupdate over all sources into copies of the committed .ts files and lists every message lupdate
# marks as unfinished.
set -euo pipefail
source_dir=$1
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# check LANGUAGE WHAT [LUPDATE OPTIONS...]
check() {
  local language=$1 what=$2
  shift 2
  cp "$source_dir/translations/soleflipper_$language.ts" "$work/$language.ts"
  "$lupdate" -silent -no-obsolete -locations none "$@" "$source_dir/app" "$source_dir/ui" "$source_dir/core" \
    -ts "$work/$language.ts" >/dev/null
  local unfinished
  unfinished=$(grep -c 'type="unfinished"' "$work/$language.ts" || true)
  if [[ "$unfinished" != "0" ]]; then
    echo "$what incomplete: $unfinished message(s) need one:"
    grep -B3 'type="unfinished"' "$work/$language.ts" | grep '<source>' | sed 's/^ */  /'
    exit 1
  fi
  echo "$what complete: $(grep -c '<source>' "$work/$language.ts") messages"
}

check de "German translation"
# English is the source language; its file carries only the plural forms of the %n messages.
check en "English plural forms" -pluralonly
