#!/usr/bin/env bash
# The throughput benchmark: plain LanguageTool (its Java API, default rules, one JVM) against
# mtqa's full check, mtqa --grammar fast and mtqa --no-grammar (without and with the HTML report),
# with 1 and 2 worker threads, on deterministic generated corpora. Each configuration is one
# whole process, timed with /usr/bin/time (wall clock, CPU time, peak resident memory), so
# start-up is included, as users feel it; mtqa runs through its launcher (./mtqa), with the JVM
# options it chooses by input size and grammar mode. The heap after garbage collection (largest
# value in the JVM's GC log) shows whether memory grows with the corpus.
#
#   bench/run.sh                      # corpora of 1, 10, 100 MB; LanguageTool runs on 1 and 10 MB
#   SIZES="1" GRAMMAR_SIZES="1" bench/run.sh
#   APPEND=1 ONLY="mtqa-full" SIZES=10 bench/run.sh   # rerun some configurations, keep other rows
#   APPEND=1 ONLY="languagetool-default-rules mtqa-full mtqa-fast-grammar" SIZES=100 \
#       GRAMMAR_SIZES=100 JOBS=2 bench/run.sh   # the 100 MB rows with LanguageTool (about an hour)
#   APPEND=1 ONLY="mtqa-no-grammar mtqa-no-grammar-report" SIZES="1 10 100 1000" bench/run.sh
#       # --no-grammar up to 1,000 MB, without and with the HTML report
#
# Results: bench/results.csv, and docs/throughput.svg (bench/plot.py).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES-1 10 100}"
GRAMMAR_SIZES="${GRAMMAR_SIZES-1 10}"
HEAP="${HEAP:--Xmx1g}"
JOBS="${JOBS-1 2}"   # worker thread counts to run each configuration with
ONLY="${ONLY-}"   # configurations to run, as TOOL-CONFIGURATION (mtqa-no-grammar mtqa-no-grammar-report languagetool-default-rules mtqa-full mtqa-fast-grammar); all when empty

./mvnw -q -B package -DskipTests >&2
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
CP="target/classes:target/test-classes:$(cat target/classpath.txt)"
# The launcher writes its class archive on the first run after a build (README, Performance):
# write it now, so that no timed row pays for writing it.
./mtqa check --no-report --no-progress --no-config --fail-on none seeds > /dev/null 2>&1 || true
mkdir -p target/bench
results=bench/results.csv
header="tool,configuration,jobs,megabytes,documents,wall_s,cpu_s,peak_rss_mb,heap_after_gc_mb,docs_per_s,mb_per_s"
if [ -z "${APPEND-}" ] || [ ! -s "$results" ]; then
  echo "$header" > "$results"
fi

run() { # name configuration jobs corpus command...
  local name=$1 config=$2 jobs=$3 corpus=$4; shift 4
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $name-$config "* ]]; then
    return
  fi
  local times gclog; times=$(mktemp); gclog="target/bench/gc-$name-$config-j$jobs-$(basename "$corpus" .jsonl).log"
  # The heap limit and the GC log reach the JVM through JDK_JAVA_OPTIONS, so that mtqa runs
  # through its launcher with the JVM options it picks for such a run, as a user's would.
  JDK_JAVA_OPTIONS="$HEAP -Xlog:gc:file=$gclog" /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" > /dev/null \
      2> target/bench/last-stderr.txt || true
  read -r wall user sys rss < <(tail -1 "$times")
  rm -f "$times"
  # A run short enough to end before its first collection has no such line: 0 in the table.
  local heap; heap=$(grep -o -- '->[0-9]*M' "$gclog" | tr -dc '0-9\n' | sort -n | tail -1 || true)
  local docs mb
  docs=$(wc -l < "$corpus")
  mb=$(python3 -c "import json,sys; print(round(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]))/1048576,2))" "$corpus")
  python3 - "$name" "$config" "$jobs" "$mb" "$docs" "$wall" "$user" "$sys" "$rss" "${heap:-0}" >> "$results" <<'PY'
import sys
name, config, jobs, mb, docs, wall, user, sys_, rss, heap = sys.argv[1:]
mb, docs, wall, cpu, rss = float(mb), int(docs), float(wall), float(user) + float(sys_), int(rss)
print(f"{name},{config},{jobs},{mb},{docs},{wall},{cpu:.1f},{rss // 1024},{heap},{docs / wall:.1f},{mb / wall:.3f}")
PY
  tail -1 "$results" >&2
}

for size in $SIZES; do
  corpus="target/bench/corpus-${size}mb.jsonl"
  [ -s "$corpus" ] || java -cp "$CP" dev.mtqa.bench.CorpusGenerator "$corpus" "$size" >&2
  for jobs in $JOBS; do
    run mtqa no-grammar "$jobs" "$corpus" ./mtqa check --no-grammar --no-report \
        --no-progress --no-config --format json --fail-on none -j "$jobs" "$corpus"
    # The same with the HTML report, as a user's run writes it by default.
    rm -rf target/bench/report
    run mtqa no-grammar-report "$jobs" "$corpus" ./mtqa check --no-grammar --report target/bench/report \
        --no-progress --no-config --format json --fail-on none -j "$jobs" "$corpus"
  done
  if [[ " $GRAMMAR_SIZES " == *" $size "* ]]; then
    for jobs in $JOBS; do
      run languagetool default-rules "$jobs" "$corpus" java -cp "$CP" dev.mtqa.bench.PlainLanguageTool "$corpus" "$jobs"
      run mtqa full "$jobs" "$corpus" ./mtqa check --no-report --no-progress --no-config \
          --format json --fail-on none -j "$jobs" "$corpus"
      run mtqa fast-grammar "$jobs" "$corpus" ./mtqa check --grammar fast --no-report \
          --no-progress --no-config --format json --fail-on none -j "$jobs" "$corpus"
    done
  fi
done
mkdir -p docs
python3 bench/plot.py "$results" docs/throughput.svg
