#!/usr/bin/env bash
# Runs the built one-folder bundle the way a user without Python would: no venv, no PYTHONPATH,
# a scratch HOME and data dir, Qt offscreen. Checks --version, an import of a sample exchange
# file, `deadlines --json` on it, an .ics export (the lazily imported calendar code is bundled)
# and the GUI: once up to its first paint (PERMIT_TRACKER_EXIT_AFTER_PAINT), once left running.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="${1:-$root/packaging/dist/permit-tracker/permit-tracker}"
sample="$root/packaging/check-bundle-sample.json"
[[ -x "$bundle" ]] || { echo "check-bundle: no bundle at $bundle (run 'make package')" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"

run() {  # the bundle in a bare environment
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    PERMIT_TRACKER_DATA_DIR="$scratch/data" "$@"
}

version="$(run "$bundle" --version)"
expected="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/permit_tracker/__init__.py")"
[[ "$version" == "permit-tracker $expected" ]] || {
  echo "check-bundle: --version printed '$version', expected 'permit-tracker $expected'" >&2; exit 1; }
echo "ok: --version -> $version"

run "$bundle" import "$sample" >/dev/null
echo "ok: import $(basename "$sample")"

run "$bundle" deadlines --json --today 2026-01-15 >"$scratch/deadlines.json"
python3 - "$scratch/deadlines.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(rows, list) and rows, "deadlines --json printed no deadlines"
need = {"person", "kind", "date", "status", "days_left", "title", "rule", "source"}
for row in rows:
    missing = need - row.keys()
    assert not missing, f"a deadline lacks {sorted(missing)}: {row}"
people = {row["person"] for row in rows}
assert people == {"Ana Silva", "Tomás Silva"}, f"deadlines for {sorted(people)}"
kinds = {row["kind"] for row in rows if row["person"] == "Ana Silva"}
assert {"card_renewal_opens", "card_expiry", "long_term_eligible"} <= kinds, sorted(kinds)
print(f"ok: deadlines --json -> {len(rows)} deadlines for {len(people)} people")
PY

run "$bundle" export-ics "$scratch/deadlines.ics" >/dev/null
grep -q "BEGIN:VCALENDAR" "$scratch/deadlines.ics" && grep -q "BEGIN:VEVENT" "$scratch/deadlines.ics" || {
  echo "check-bundle: export-ics wrote no calendar events" >&2; exit 1; }
echo "ok: export-ics"

# The window's French catalogue is shipped, where the code looks for it, and holds the File
# menu's French title (a .qm keeps translations as UTF-16BE). Qt's own French (qtbase_fr.qm)
# rides along for the standard buttons.
qm="$(find "$(dirname "$bundle")" -path '*/permit_tracker/ui/i18n/permit_tracker_fr.qm' | head -n 1)"
[[ -n "$qm" ]] || { echo "check-bundle: no permit_tracker/ui/i18n/permit_tracker_fr.qm in the bundle" >&2; exit 1; }
python3 - "$qm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
assert "&Fichier".encode("utf-16-be") in data, "the French catalogue has no '&Fichier' (File menu)"
PY
find "$(dirname "$bundle")" -name qtbase_fr.qm | grep -q . || {
  echo "check-bundle: Qt's own French (qtbase_fr.qm) is not in the bundle" >&2; exit 1; }
echo "ok: French catalogues shipped (the File menu reads '&Fichier')"

# The command line's French (gettext's .mo, shipped by the same spec line) under a French locale.
french="$(run env LANG=fr_BE.UTF-8 "$bundle" deadlines --today 2026-01-15)"
grep -q "Inscrivez-vous à la commune" <<<"$french" || {
  echo "check-bundle: 'deadlines' under LANG=fr_BE.UTF-8 printed no French:" >&2
  head -n 5 <<<"$french" >&2; exit 1; }
echo "ok: deadlines in French under LANG=fr_BE.UTF-8"

# The GUI once, offscreen, up to its first paint: proves the Qt plugins and icons are bundled.
status=0
timeout 60 env -i PATH=/usr/bin:/bin HOME="$scratch/home" \
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PERMIT_TRACKER_DATA_DIR="$scratch/data" \
  PERMIT_TRACKER_EXIT_AFTER_PAINT=1 "$bundle" >"$scratch/gui.log" 2>&1 || status=$?
if [[ $status -ne 0 ]] || grep -qiE "could not (load|find)|no such file|traceback" "$scratch/gui.log"; then
  echo "check-bundle: the GUI did not start cleanly (exit $status):" >&2
  cat "$scratch/gui.log" >&2
  exit 1
fi
echo "ok: GUI started and painted (offscreen)"

# Then left running a few seconds, so what loads after the first paint (reminders, tray) runs.
env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  PERMIT_TRACKER_DATA_DIR="$scratch/data" "$bundle" >"$scratch/gui-run.log" 2>&1 &
gui=$!
sleep 6
if ! kill -0 "$gui" 2>/dev/null || grep -qiE "traceback|could not (load|find)" "$scratch/gui-run.log"; then
  echo "check-bundle: the running GUI failed:" >&2
  cat "$scratch/gui-run.log" >&2
  kill "$gui" 2>/dev/null || true
  exit 1
fi
kill "$gui"
wait "$gui" 2>/dev/null || true
echo "ok: GUI kept running with reminders loaded"
echo "check-bundle: all checks passed"
