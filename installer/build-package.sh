#!/usr/bin/env bash
# Campo - offline field research toolkit.
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Builds Campo's native installer: a trimmed Java runtime (jlink) plus the app jar and its
# libraries, packaged by jpackage as .deb (and .rpm where rpmbuild exists) on Linux, .msi on
# Windows (WiX 3 on PATH; run from Git Bash) and .dmg on macOS. See installer/README.md.
#
# Usage: installer/build-package.sh [--build-dir DIR] [--type TYPE]... [--skip-maven]
#   --build-dir DIR  Maven build directory (default: target); packages go to DIR/installer/
#   --type TYPE      deb, rpm, msi, exe, dmg, pkg or app-image (repeatable; default: the
#                    platform's native types: deb (+ rpm if rpmbuild exists), msi, or dmg)
#   --skip-maven     reuse DIR/campo-VERSION.jar and DIR/lib/ instead of running mvn package
# Environment: CAMPO_PACKAGE_TYPES (e.g. "deb", used when no --type is given, also through
# mvn -Pinstaller), MVN (default mvn), CAMPO_APP_VERSION (overrides the package version, e.g. on
# macOS, where jpackage needs a first version number of at least 1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INSTALLER="$ROOT/installer"
BUILD_DIR="$ROOT/target"
TYPES=()
SKIP_MAVEN=false

die() { echo "build-package: ERROR: $*" >&2; exit 1; }
log() { echo "build-package: $*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) BUILD_DIR="$2"; shift 2 ;;
    --type) TYPES+=("$2"); shift 2 ;;
    --skip-maven) SKIP_MAVEN=true; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
case "$BUILD_DIR" in /*|[A-Za-z]:*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) die "unsupported platform: $(uname -s)" ;;
esac

if [ ${#TYPES[@]} -eq 0 ] && [ -n "${CAMPO_PACKAGE_TYPES:-}" ]; then
  read -r -a TYPES <<< "${CAMPO_PACKAGE_TYPES//,/ }"
fi
if [ ${#TYPES[@]} -eq 0 ]; then
  case "$OS" in
    linux)
      command -v dpkg-deb >/dev/null && TYPES+=(deb)
      command -v rpmbuild >/dev/null && TYPES+=(rpm)
      [ ${#TYPES[@]} -gt 0 ] || die "neither dpkg-deb nor rpmbuild found; install one or pass --type app-image"
      ;;
    windows) TYPES=(msi) ;;
    mac) TYPES=(dmg) ;;
  esac
fi

for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || die "$tool not found: put a full JDK 17 (not a JRE) first on PATH"
done
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v jlink)" 2>/dev/null || command -v jlink)")")"
JMODS="$JAVA_HOME_DIR/jmods"
[ -f "$JMODS/java.base.jmod" ] || die "no jmods in $JMODS: jlink needs the JDK's jmods (Debian/Ubuntu: apt-get install openjdk-17-jmods or openjdk-17-jdk-headless)"

# 1. The application: jar + runtime dependencies.
if [ "$SKIP_MAVEN" = false ]; then
  log "mvn package (build dir $BUILD_DIR)"
  (cd "$ROOT" && "${MVN:-mvn}" -q -B -DskipTests "-Dcampo.build.dir=$BUILD_DIR" package)
fi
POM_PROPS="$BUILD_DIR/maven-archiver/pom.properties"
[ -f "$POM_PROPS" ] || die "$POM_PROPS missing: run mvn package first (or drop --skip-maven)"
VERSION="$(sed -n 's/^version=//p' "$POM_PROPS" | tr -d '\r')"
[ -n "$VERSION" ] || die "no version in $POM_PROPS"
MAIN_JAR="campo-$VERSION.jar"
[ -f "$BUILD_DIR/$MAIN_JAR" ] || die "$BUILD_DIR/$MAIN_JAR missing"
[ -d "$BUILD_DIR/lib" ] || die "$BUILD_DIR/lib missing (maven-dependency-plugin copy-runtime-libs)"
# Native installers want a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
APP_VERSION="${CAMPO_APP_VERSION:-${VERSION%%-*}}"
log "Campo $VERSION (package version $APP_VERSION), types: ${TYPES[*]}"

WORK="$BUILD_DIR/installer"
INPUT="$WORK/input"
RUNTIME="$WORK/runtime"
DEST="$WORK/packages"
rm -rf "$INPUT" "$RUNTIME" "$WORK/jpackage-tmp" "$WORK/resources"
mkdir -p "$INPUT/lib" "$DEST"
cp "$BUILD_DIR/$MAIN_JAR" "$INPUT/"
cp "$BUILD_DIR"/lib/*.jar "$INPUT/lib/"
# The manifest's Class-Path (lib/...) finds the libraries; the plain javafx-*.jar files
# without a platform classifier are empty placeholders and stay because the manifest names them.

# Other platforms' native code in sqlite-jdbc is dead weight in a one-platform package.
case "$(uname -m)" in
  x86_64|amd64) ARCH=x86_64 ;;
  aarch64|arm64) ARCH=aarch64 ;;
  *) ARCH="$(uname -m)" ;;
esac
case "$OS" in linux) NATIVE_OS=Linux ;; windows) NATIVE_OS=Windows ;; mac) NATIVE_OS=Mac ;; esac
for jar in "$INPUT"/lib/sqlite-jdbc-*.jar; do
  if [ -f "$jar" ]; then java "$INSTALLER/TrimNatives.java" "$jar" org/sqlite/native/ "$NATIVE_OS/$ARCH/"; fi
done

# 2. A trimmed runtime with only the JDK modules Campo needs.
MODULES="$(sed -e 's/#.*//' "$INSTALLER/jdk-modules.txt" | tr -s ' \t\r\n' '\n' | sed '/^$/d' | paste -sd, -)"
log "jlink --add-modules $MODULES"
# --generate-cds-archive writes the runtime's class-data-sharing archive (lib/server/classes.jsa):
# without it a jlink runtime starts with sharing off and every JDK class is loaded and verified
# from the modules file on each start (docs/benchmarks.md, "Cold start"). jlink runs the image's
# own bin/java to write it, so the native commands are removed afterwards instead of by
# --strip-native-commands. On Linux bin/java stays: the `campo` command is the jar's command
# script (src/main/launcher/campo), which picks the JVM options of each command and runs this
# runtime's java; the desktop entry starts jpackage's launcher. Elsewhere both are jpackage's.
jlink --module-path "$JMODS" --add-modules "$MODULES" --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages --compress=0 \
  --generate-cds-archive --output "$RUNTIME"
[ -f "$RUNTIME/lib/server/classes.jsa" ] || die "jlink wrote no class-data-sharing archive"
if [ "$OS" = linux ]; then
  find "$RUNTIME/bin" -mindepth 1 ! -name java -exec rm -rf {} +
  [ -x "$RUNTIME/bin/java" ] || die "the runtime has no bin/java"
  # The command script, and the list of classes that checking and compiling a workbook load
  # (the shipped flow-monitoring survey as .xlsx and as .xls, --help and --version). The post-install script dumps
  # them into a class-data archive for the installed jar (installer/linux/desktop-install.sh):
  # an application archive maps only when the jar is at the path it was dumped from, so it
  # cannot be made here.
  cp "$BUILD_DIR/campo" "$INPUT/campo"
  chmod 755 "$INPUT/campo"
  PROBE="$WORK/classlist-probe"
  rm -rf "$PROBE"
  mkdir -p "$PROBE"
  : > "$INPUT/campo-cli.classlist"
  # The same instrument as .xls too: that format is read by other classes (POI's HSSF).
  SURVEY="$ROOT/forms/flow-monitoring-survey.xlsx"
  java -cp "$INPUT/$MAIN_JAR:$INPUT/lib/*" "$INSTALLER/WorkbookToXls.java" \
    "$SURVEY" "$PROBE/flow-monitoring-survey.xls" > "$PROBE/out.txt" 2>&1 \
    || { cat "$PROBE/out.txt" >&2; die "could not write the .xls copy of $SURVEY"; }
  for probe in "--version" "--help" "form check $SURVEY" "form compile $SURVEY -o $PROBE/form.xml" \
               "form check $PROBE/flow-monitoring-survey.xls" \
               "form compile $PROBE/flow-monitoring-survey.xls -o $PROBE/form-xls.xml"; do
    # shellcheck disable=SC2086 # each probe is a command line
    "$RUNTIME/bin/java" -Dcampo.home="$PROBE/home" -XX:DumpLoadedClassList="$PROBE/classes.lst" \
      -jar "$INPUT/$MAIN_JAR" $probe > "$PROBE/out.txt" 2>&1 \
      || { cat "$PROBE/out.txt" >&2; die "campo $probe failed while listing its classes"; }
    cat "$PROBE/classes.lst" >> "$INPUT/campo-cli.classlist"
  done
  awk '!seen[$0]++' "$INPUT/campo-cli.classlist" > "$PROBE/classes.lst" \
    && mv "$PROBE/classes.lst" "$INPUT/campo-cli.classlist"
  log "class list for the command line: $(wc -l < "$INPUT/campo-cli.classlist") classes"
else
  rm -rf "$RUNTIME/bin"
fi

# The distribution packages that provide the shared libraries the runtime links against
# (what jpackage would list itself, minus xdg-utils, which this package does not need).
runtime_dependencies() {
  local libs
  libs="$(find "$RUNTIME" -name '*.so' -type f -print0 | xargs -0 ldd 2>/dev/null \
          | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u)"
  for lib in $libs; do
    if [ "$1" = deb ]; then
      dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null \
        || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "${lib#/usr}" 2>/dev/null || true
    else
      # rpm -qf reports an unowned file on stdout, so keep its output only on success.
      if name="$(rpm -qf --queryformat '%{NAME}\n' "$lib" 2>/dev/null)"; then echo "$name:"; fi
    fi
  done | cut -d: -f1 | sed '/^$/d' | sort -u | paste -sd, - | sed 's/,/, /g'
}

# 3. The native package(s).
case "$OS" in
  linux) ICON="$INSTALLER/icons/campo.png" ;;
  windows) ICON="$INSTALLER/icons/campo.ico" ;;
  mac) ICON="$INSTALLER/icons/campo.icns" ;;
esac
ASSOC="$WORK/campo-study.properties"
cp "$INSTALLER/campo-study.properties" "$ASSOC"
printf 'icon=%s\n' "$ICON" >> "$ASSOC"

COMMON=(
  --name Campo
  --app-version "$APP_VERSION"
  --vendor "Campo project"
  --description "Offline field research toolkit: interviews, consent, encrypted studies"
  --copyright "Copyright the Campo contributors. Licensed under the GNU AGPL v3.0 or later."
  --license-file "$ROOT/LICENSE"
  --input "$INPUT"
  --main-jar "$MAIN_JAR"
  --main-class org.campo.Main
  --runtime-image "$RUNTIME"
  --icon "$ICON"
  --file-associations "$ASSOC"
  --dest "$DEST"
)

for TYPE in "${TYPES[@]}"; do
  EXTRA=()
  case "$TYPE" in
    deb|rpm)
      # Own control file/spec and maintainer scripts: put 'campo' on PATH and register the menu
      # entry, mime type and icons by plain file copies, so the package needs no xdg-utils.
      RES="$WORK/resources/$TYPE"
      mkdir -p "$RES"
      cp "$INSTALLER/linux/Campo.desktop" "$RES/"
      if [ "$TYPE" = deb ]; then
        for f in control postinst prerm; do cp "$INSTALLER/linux/$f" "$RES/$f"; done
        CUSTOM_DEPS=libgtk-3-0
      else
        cp "$INSTALLER/linux/campo.spec" "$RES/campo.spec"
        CUSTOM_DEPS=gtk3
      fi
      DEPENDS="$(runtime_dependencies "$TYPE")"
      if [ -z "$DEPENDS" ]; then
        # Not built on its own distribution family: fall back to the C library only.
        if [ "$TYPE" = deb ]; then DEPENDS=libc6; else DEPENDS=glibc; fi
        echo "build-package: WARNING: no package owns the runtime's libraries; $TYPE depends on $DEPENDS and $CUSTOM_DEPS only" >&2
      fi
      log "$TYPE dependencies of the runtime: $DEPENDS"
      for f in "$RES"/control "$RES"/postinst "$RES"/prerm "$RES"/campo.spec; do
        [ -f "$f" ] || continue
        awk -v install="$INSTALLER/linux/desktop-install.sh" -v uninstall="$INSTALLER/linux/desktop-uninstall.sh" \
            -v depends="$DEPENDS" '
          /^# @INSTALL@$/ { while ((getline line < install) > 0) print line; next }
          /^# @UNINSTALL@$/ { while ((getline line < uninstall) > 0) print line; next }
          { gsub(/@DEPENDS@/, depends); print }' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
      done
      EXTRA=(--linux-package-name campo --linux-app-release 1 --linux-app-category science
             --linux-menu-group "Science;Education;" --linux-package-deps "$CUSTOM_DEPS"
             --linux-rpm-license-type "AGPL-3.0-or-later" --resource-dir "$RES")
      ;;
    msi|exe)
      # Campo.exe is the GUI (no console window); campo-cli.exe is the same program with a
      # console, for the command line. The upgrade UUID must never change.
      printf 'win-console=true\n' > "$WORK/campo-cli.properties"
      EXTRA=(--win-menu --win-menu-group Campo --win-shortcut --win-dir-chooser
             --add-launcher "campo-cli=$WORK/campo-cli.properties"
             --win-upgrade-uuid 6f0b7c1e-3c55-4c1e-9a8e-0c4a7d2f5a11)
      ;;
    dmg|pkg)
      EXTRA=(--mac-package-identifier org.campo.Campo --mac-package-name Campo)
      ;;
    app-image) ;;
    *) die "unknown package type: $TYPE" ;;
  esac
  log "jpackage --type $TYPE"
  jpackage --type "$TYPE" "${COMMON[@]}" "${EXTRA[@]}"
done

log "done:"
ls -l "$DEST"
