#!/usr/bin/env bash
# Cold start of the compact tool, as whole processes, each command timed as a ratio to a floor
# measured in the same run: a bare main that builds a Jackson 3 ObjectMapper and reads the
# same document as a tree (ColdStartFloor.java, compiled here against compact.jar and run from
# its classes). Each command runs right after (or, every other round, right before) a run of
# the floor, RUNS times (default 10); the table gives medians of wall time and of CPU time (user
# + sys, which a loaded machine disturbs less), and the ratios of a command's medians to those
# of the floor runs paired with it. Then the classes each command loads. The row "library read"
# is no command but the library alone reading check's events (ColdStartLibrary.java): what
# check pays before the tool adds anything.
#
# Usage, after `mvn -B -q package -DskipTests` at the root:
#   compact-examples/cli/src/test/sh/coldstart.sh            # RUNS=20 ... for more rounds
#
# Timings on a shared machine are noisy; this script is not part of `mvn verify`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
examples=$(cd "$here/../../../.." && pwd)
jar=${COMPACT_JAR:-$examples/target/compact.jar}
launcher=$(dirname "$jar")/compact
runs=${RUNS:-10}
doc=$examples/samples/src/main/resources/org/compacts/samples/leicestershire-compact.json
event=$examples/events/leicestershire-grant-ends.json

[ -f "$jar" ] || { echo "coldstart: no $jar (run mvn -B -q package -DskipTests)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/floor" -cp "$jar" "$here/ColdStartFloor.java" "$here/ColdStartLibrary.java"

# name|command line; the floor first, then each command as a user runs it.
commands=(
  "floor|java -cp $jar:$work/floor ColdStartFloor $doc"
  "library read|java -cp $jar:$work/floor ColdStartLibrary $event"
  "check|java -jar $jar check leicestershire-compact $event --as-of 2025-01-31"
  "validate|java -jar $jar validate $doc"
  "show|java -jar $jar show leicestershire-compact"
  "schema|java -jar $jar schema"
  "list|java -jar $jar list"
)
if [ -x "$launcher" ]; then
  commands+=("launcher check|$launcher check leicestershire-compact $event --as-of 2025-01-31"
    "launcher list|$launcher list")
fi

echo "== java -version"
java -version 2>&1
echo "== $(uname -srm), $(nproc) cores; uptime before: $(uptime)"

echo "== exit code and first output line of each command (once, untimed)"
for entry in "${commands[@]}"; do
  name=${entry%%|*}
  code=0
  first=$(${entry#*|} 2>&1 | head -1) || true
  ${entry#*|} >/dev/null 2>&1 || code=$?
  printf '%-15s exit %s  %s\n' "$name" "$code" "${first:0:60}"
done

# time ONE COMMAND...: appends "wall user+sys" in milliseconds to $work/ONE
time_one() {
  local file=$1
  shift
  local TIMEFORMAT='%3R %3U %3S'
  { time "$@" >/dev/null 2>&1; } 2>>"$work/raw" || true
  tail -1 "$work/raw" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' >>"$work/$file"
}

floor=${commands[0]#*|}
for ((round = 1; round <= runs; round++)); do
  for entry in "${commands[@]:1}"; do
    name=${entry%%|*}
    key=${name// /_}
    if ((round % 2)); then
      time_one "floor.$key" $floor
      time_one "$key" ${entry#*|}
    else
      time_one "$key" ${entry#*|}
      time_one "floor.$key" $floor
    fi
  done
done

median() { # column N of a file
  sort -n -k"$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== medians of $runs runs each, alternating with the floor (ms; cpu = user + sys)"
printf '%-15s %8s %8s %10s %10s %8s %9s\n' command wall cpu floor-wall floor-cpu ratio cpu-ratio
cat "$work"/floor.* >"$work/floor.all"
printf '%-15s %8s %8s %10s %10s %8s\n' floor "$(median "$work/floor.all" 1)" \
  "$(median "$work/floor.all" 2)" "" "" ""
for entry in "${commands[@]:1}"; do
  name=${entry%%|*}
  key=${name// /_}
  wall=$(median "$work/$key" 1)
  fwall=$(median "$work/floor.$key" 1)
  cpu=$(median "$work/$key" 2)
  fcpu=$(median "$work/floor.$key" 2)
  printf '%-15s %8s %8s %10s %10s %8s %9s\n' "$name" "$wall" "$cpu" "$fwall" "$fcpu" \
    "$(ratio "$wall" "$fwall")" "$(ratio "$cpu" "$fcpu")"
done

echo "== classes loaded (-Xlog:class+load): all, from the CDS archive, by origin"
printf '%-15s %6s %6s %8s %9s %8s %9s\n' command all cds jackson hibernate picocli compacts
for entry in "${commands[@]}"; do
  name=${entry%%|*}
  log=$work/classes.log
  rm -f "$log"
  set -- ${entry#*|}
  if [ "$1" = java ]; then
    shift
    java "-Xlog:class+load:file=$log" "$@" >/dev/null 2>&1 || true
  else
    JAVA_OPTS="-Xlog:class+load:file=$log" "$@" >/dev/null 2>&1 || true
  fi
  printf '%-15s %6s %6s %8s %9s %8s %9s\n' "$name" "$(grep -c . "$log")" \
    "$(grep -c 'shared objects file' "$log")" "$(grep -c ' tools\.jackson\.' "$log")" \
    "$(grep -c ' org\.hibernate\.' "$log")" "$(grep -c ' picocli\.' "$log")" \
    "$(grep -c ' org\.compacts\.' "$log")"
done
echo "== uptime after: $(uptime)"
