#!/usr/bin/env bash
# Restore check: does a restored instance serve the same figures as the original?
#
#   MUTUALIS_TOKEN=mut_... scripts/restore-check.sh https://original.example http://127.0.0.1:8081
#
# Both instances run (the restored one on another port or machine, on the restored database);
# the token is an administrator's API token of the original, which the restore brings along.
# Compares, byte for byte, the API answers that carry the figures: every campaign, its responses,
# exclusions, synthesis, follow-up and priorities, the offers, scenarios and procurements.
# Exit 0 when every answer is the same, 1 (and a diff) otherwise. Needs bash, curl and diff.
set -euo pipefail

if [[ $# -ne 2 || -z "${MUTUALIS_TOKEN:-}" ]]; then
  echo "usage: MUTUALIS_TOKEN=<administrator token> $0 <original URL> <restored URL>" >&2
  exit 2
fi
original="${1%/}"
restored="${2%/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # fetch <base> <path> <file>: the status line and the body
  local code
  code=$(curl -sS -o "$3.body" -w '%{http_code}' -H "Authorization: Bearer $MUTUALIS_TOKEN" "$1$2")
  { echo "$2 -> $code"; cat "$3.body"; echo; } > "$3"
  rm -f "$3.body"
}

fetch "$original" /api/campaigns "$work/campaigns"
if ! head -1 "$work/campaigns" | grep -q ' -> 200$'; then
  echo "the original does not answer /api/campaigns with 200:" >&2
  head -c 500 "$work/campaigns" >&2
  exit 2
fi
paths=(/api/campaigns /api/territories /api/offers /api/scenarios /api/scenarios/comparison /api/procurements)
# Campaign ids: the top-level "id" of each campaign of the list.
for id in $(tail -n +2 "$work/campaigns" | grep -o '"id":[0-9]*' | cut -d: -f2 | sort -un); do
  for what in "" /responses /exclusions /synthesis /follow-up /priorities; do
    paths+=("/api/campaigns/$id$what")
  done
done

different=0
for path in "${paths[@]}"; do
  fetch "$original" "$path" "$work/a"
  fetch "$restored" "$path" "$work/b"
  if ! cmp -s "$work/a" "$work/b"; then
    # Where they part: the first differing byte, and what each says around it.
    at=$(cmp "$work/a" "$work/b" 2>&1 | grep -o 'byte [0-9]*' | grep -o '[0-9]*' || echo 1)
    from=$(( at > 200 ? at - 200 : 1 ))
    echo "DIFFERENT: $path (from byte $at)"
    echo "  original: $(tail -c +"$from" "$work/a" | head -c 500)"
    echo "  restored: $(tail -c +"$from" "$work/b" | head -c 500)"
    different=1
  fi
done
if [[ $different -eq 0 ]]; then
  echo "restore check: ${#paths[@]} API answers identical"
fi
exit $different
