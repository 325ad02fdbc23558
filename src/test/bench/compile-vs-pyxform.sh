#!/bin/sh
# Per-command XLSForm compile, Campo against pyxform 4.5.0, on public workbooks
# (docs/benchmarks.md, "XLSForm compile"). Not part of the build; run from the project folder
# after `mvn -q -DskipTests package`:
#
#   src/test/bench/compile-vs-pyxform.sh [ROUNDS]
#
# Environment:
#   BENCH_DIR      where workbooks, outputs and pyxform's source go (default /tmp/campo-compile-bench)
#   PYXFORM_SRC    a checkout of XLSForm/pyxform at v4.5.0 (default: cloned into BENCH_DIR)
#   PYTHON         the Python with openpyxl, xlrd, lark and defusedxml (default /usr/bin/python3;
#                  Debian: apt-get install python3-openpyxl python3-xlrd python3-lark python3-defusedxml)
#   BEFORE_JAR     optional: another build's campo-*.jar (with its lib/), timed with `java -jar`
#   INSTALLED      optional: an installed package's command (e.g. /usr/bin/campo after
#                  `sudo dpkg -i target/installer/packages/campo_*.deb`), timed as "installed"
#   SYNTHETIC      optional: the synthetic 10,000-question workbook written by
#                  `mvn -Pbench -DskipTests test-compile exec:exec@compile-bench -Dbench.sizes=10000`
#
# Each workbook is downloaded from its public repository at a fixed commit (none is copied into
# this project). For every workbook the tools run alternately ROUNDS times (default 3):
# target/campo (the jar's command script), `java -jar target/campo-*.jar` with the JVM's default
# options, BEFORE_JAR if given, and pyxform with --skip_validate (ODK Validate is a separate Java
# tool). target/campo's class-data archive (target/campo-cli.jsa) is written before the runs.
# Printed per tool: median wall and CPU (user+system) seconds, highest peak RSS, and the
# exit code (0: compiled; 1: rejected). The load average is printed before and after.
set -eu
ROUNDS=${1:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/campo-compile-bench}
PYTHON=${PYTHON:-/usr/bin/python3}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
CAMPO="$ROOT/target/campo"
JAR=$(ls "$ROOT"/target/campo-*.jar | head -1)
mkdir -p "$BENCH_DIR/forms" "$BENCH_DIR/out"

# name | repository | commit | path
FORMS='
slum_assessment_survey.xlsx|hotosm/fmtm|6a974f2af24b12cdf54e67d4ba34ad5530c0defd|docs/example-xlsforms/slum_assessment_survey.xlsx
building_natural_risks_survey.xlsx|hotosm/fmtm|6a974f2af24b12cdf54e67d4ba34ad5530c0defd|docs/example-xlsforms/building_natural_risks_survey.xlsx
highways.xls|hotosm/fmtm|6a974f2af24b12cdf54e67d4ba34ad5530c0defd|src/backend/packages/osm-fieldwork/osm_fieldwork/xlsforms/highways.xls
KoBoXLSFormExamples.xlsx|unhcr-americas/XlsFormUtil|11ea02bfebe51e83d3d7c49d6d47a19c3f6257a9|inst/KoBoXLSFormExamples.xlsx
XLSform_template.xlsx|unhcr/koboloadeR|34f061ebf192a474c946c2125929ebff59cb9089|inst/script/XLSform_template.xlsx
form.xls|unhcr/koboloadeR|34f061ebf192a474c946c2125929ebff59cb9089|data/form.xls
liberiaCoverage.xlsx|validmeasures/liberiaS3Mforms|d6848f10ed813a76937f38abdedf5cd4f732b081|round2/xlsform/liberiaCoverage.xlsx
Abidjan_2022.xls|ceat-epfl/household-surveys-thesis-vpc|2ea2e08c9f6696dcfbdebbf07b3e45a2e1671aad|questionnaires/Abidjan_2022.xls
'

if [ -z "${PYXFORM_SRC:-}" ]; then
  PYXFORM_SRC="$BENCH_DIR/pyxform"
  [ -d "$PYXFORM_SRC/pyxform" ] || git clone -q --depth 1 --branch v4.5.0 https://github.com/XLSForm/pyxform "$PYXFORM_SRC"
fi

files=
echo "$FORMS" | while IFS='|' read -r name repo commit path; do
  [ -n "$name" ] || continue
  [ -f "$BENCH_DIR/forms/$name" ] || curl -fsSL -o "$BENCH_DIR/forms/$name" \
    "https://raw.githubusercontent.com/$repo/$commit/$path"
done
for name in $(echo "$FORMS" | cut -d'|' -f1); do files="$files $BENCH_DIR/forms/$name"; done
if [ -n "${SYNTHETIC:-}" ]; then files="$files $SYNTHETIC"; fi

# run TOOL FILE: one timed run, printing "wall cpu rss_kb exit"
run() {
  tool=$1 file=$2 out="$BENCH_DIR/out/$(basename "$2").$1.xml"
  case $tool in
    campo) set -- "$CAMPO" form compile "$file" -o "$out" ;;
    jar) set -- java -jar "$JAR" form compile "$file" -o "$out" ;;
    before) set -- java -jar "$BEFORE_JAR" form compile "$file" -o "$out" ;;
    installed) set -- "$INSTALLED" form compile "$file" -o "$out" ;;
    pyxform) set -- env PYTHONPATH="$PYXFORM_SRC" "$PYTHON" -m pyxform.xls2xform --skip_validate "$file" "$out" ;;
  esac
  /usr/bin/time -o "$BENCH_DIR/time.txt" -f "%e %U %S %M %x" "$@" >/dev/null 2>&1 || true
  tail -1 "$BENCH_DIR/time.txt" | awk '{printf "%s %.2f %s %s\n", $1, $2 + $3, $4, $5}'
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

tools="campo jar"
[ -n "${INSTALLED:-}" ] && tools="$tools installed"
[ -n "${BEFORE_JAR:-}" ] && tools="$tools before"
tools="$tools pyxform"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -1); $("$PYTHON" --version); rounds=$ROUNDS"
# warm the page cache; target/campo writes its class-data archive on its first short command
"$CAMPO" form check "$(echo $files | cut -d' ' -f1)" >/dev/null 2>&1 || true
for file in $files; do
  for tool in $tools; do : > "$BENCH_DIR/$tool.runs"; done
  r=0
  while [ $r -lt "$ROUNDS" ]; do
    for tool in $tools; do run $tool "$file" >> "$BENCH_DIR/$tool.runs"; done
    r=$((r + 1))
  done
  for tool in $tools; do
    f="$BENCH_DIR/$tool.runs"
    printf '%s\t%s\twall %s s\tcpu %s s\tpeak %s MiB\texit %s\n' "$(basename "$file")" "$tool" \
      "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" \
      "$(cut -d' ' -f3 "$f" | sort -n | tail -1 | awk '{printf "%d", $1 / 1024}')" "$(cut -d' ' -f4 "$f" | sort -u | paste -sd/)"
  done
done
vtools="campo jar"
[ -n "${INSTALLED:-}" ] && vtools="$vtools installed"
for tool in $vtools; do
  : > "$BENCH_DIR/v.runs"
  r=0
  while [ $r -lt "$ROUNDS" ]; do
    case $tool in
      campo) set -- "$CAMPO" --version ;;
      installed) set -- "$INSTALLED" --version ;;
      *) set -- java -jar "$JAR" --version ;;
    esac
    /usr/bin/time -o "$BENCH_DIR/time.txt" -f "%e %U %S %M %x" "$@" >/dev/null 2>&1 || true
    tail -1 "$BENCH_DIR/time.txt" | awk '{printf "%s %.2f %s %s\n", $1, $2 + $3, $4, $5}' >> "$BENCH_DIR/v.runs"
    r=$((r + 1))
  done
  printf '%s\t%s\twall %s s\tcpu %s s\tpeak %s MiB\n' "--version" "$tool" "$(cut -d' ' -f1 "$BENCH_DIR/v.runs" | median)" \
    "$(cut -d' ' -f2 "$BENCH_DIR/v.runs" | median)" "$(cut -d' ' -f3 "$BENCH_DIR/v.runs" | sort -n | tail -1 | awk '{printf "%d", $1 / 1024}')"
done
echo "# done $(date -u '+%H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
