#!/usr/bin/env bash
# Measure extraction on a corpus: ingest its articles into a fresh store with the project's own CLI, run the
# two contract queries, and score their results against the gold standard (eval/score.py).
#
#   usage (from the project's root): eval/run.sh CORPUS_DIR [GOLD]      GOLD defaults to CORPUS_DIR/gold.jsonl
#
#   KEEP=/some/dir     keep contacts.csv, statements.csv and ingest.log there
#   SCORE_JSON=file    also write the scores as JSON
#   VERBOSE=1          list the findings article by article (score.py -v)
#
# Only the articles the gold file names are ingested (copied to a staging folder first), so that the gold file
# itself, a MANIFEST or stray files in the corpus folder never reach the store. A failing ingest or query is
# reported and scoring goes on with what was stored; the exit status is then 1 (else the scorer's).
set -uo pipefail

die() { echo "run.sh: $*" >&2; exit 2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: eval/run.sh CORPUS_DIR [GOLD]"
[ -d "$1" ] || die "corpus folder $1 does not exist"
corpus=$(cd "$1" && pwd)
gold=${2:-$corpus/gold.jsonl}
[ -f "$gold" ] || die "gold file $gold does not exist"
gold=$(cd "$(dirname "$gold")" && pwd)/$(basename "$gold")
here=$(cd "$(dirname "$0")" && pwd)
[ -x ./parley ] || die "run it from the project's root: there is no executable ./parley in $(pwd)"
for q in queries/contacts.rq queries/statements.rq; do [ -f "$q" ] || die "missing contract query $q"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/parley-eval.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"

python3 - "$gold" "$corpus" "$work/in" <<'PY' || die "cannot stage the articles named in $gold"
import json, os, shutil, sys
gold, src, dst = sys.argv[1:]
missing = []
for n, line in enumerate(open(gold, encoding="utf-8"), 1):
    if line.strip():
        f = json.loads(line)["file"]
        if os.path.isfile(os.path.join(src, f)):
            shutil.copy(os.path.join(src, f), os.path.join(dst, f))
        else:
            missing.append(f)
if missing:
    print(f"run.sh: {len(missing)} article(s) named in the gold file are not in {src}: {', '.join(missing[:10])}",
          file=sys.stderr)
    sys.exit(1)
PY

failed=0
articles=$(find "$work/in" -type f | wc -l)
start=$(date +%s.%N)
./parley ingest --store "$work/store" "$work/in" >"$work/ingest.log" 2>&1
status=$?
end=$(date +%s.%N)
if [ $status -ne 0 ]; then
    failed=1
    echo "run.sh: ingest exited with status $status; scoring what was stored. Last lines of its log:" >&2
    tail -n 20 "$work/ingest.log" | sed 's/^/    /' >&2
fi
python3 -c 'import sys; print(f"ingest wall time {float(sys.argv[2]) - float(sys.argv[1]):.1f} s for {sys.argv[3]} articles")' \
    "$start" "$end" "$articles"

for name in contacts statements; do
    if ! ./parley query --store "$work/store" --format csv "queries/$name.rq" >"$work/$name.csv" 2>"$work/$name.err"; then
        failed=1
        echo "run.sh: query queries/$name.rq failed; scoring it as empty:" >&2
        sed 's/^/    /' "$work/$name.err" >&2
        : >"$work/$name.csv"
    fi
done

args=(--gold "$gold" --contacts "$work/contacts.csv" --statements "$work/statements.csv")
[ -n "${SCORE_JSON:-}" ] && args+=(--json "$SCORE_JSON")
[ "${VERBOSE:-0}" != 0 ] && [ -n "${VERBOSE:-}" ] && args+=(-v)
python3 "$here/score.py" "${args[@]}"
scored=$?

if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP" && cp "$work/contacts.csv" "$work/statements.csv" "$work/ingest.log" "$KEEP"/ \
        && echo "run.sh: kept contacts.csv, statements.csv and ingest.log in $KEEP" >&2
fi
[ $scored -ne 0 ] && exit $scored
exit $failed
