#!/usr/bin/env bash
# Campo - offline field research toolkit.
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# CI check of the Debian package: builds the .deb from a clean clone of the committed HEAD
# (mvn -Pinstaller), checks its size and contents, installs it with dpkg -i, runs the installed
# `campo --version` against the pom version and `campo form compile` on the class-data archive
# written at install (and the GUI under Xvfb when xvfb-run exists), then
# removes it with dpkg -r and checks that nothing is left behind.
#
# Needs root (or sudo), a JDK 17 with jmods, Maven, and the Debian packages
#   fakeroot binutils libgtk-3-0 (and xvfb for the GUI start check).
# Usage: installer/check-deb.sh            Exit status 0 only if every check passed.
# Environment: CAMPO_CHECK_KEEP=1 keeps the build directory; MVN overrides the maven command.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAX_BYTES=$((100 * 1000 * 1000))
START=$(date +%s)
INSTALLED=false

step() { echo "check-deb: [$(( $(date +%s) - START ))s] $*"; }
pass() { echo "check-deb:   ok: $*"; }
fail() {
  echo "" >&2
  echo "check-deb: FAILED: $*" >&2
  echo "check-deb: (build directory: ${WORK:-none})" >&2
  exit 1
}

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "must run as root (or with sudo) to dpkg -i / dpkg -r"
  SUDO=(sudo)
fi

step "checking the tools"
missing=()
for tool in git dpkg dpkg-deb fakeroot objcopy jlink jpackage "${MVN:-mvn}"; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || fail "missing tools: ${missing[*]} (apt-get install -y fakeroot binutils maven openjdk-17-jdk-headless)"
dpkg -s libgtk-3-0 >/dev/null 2>&1 || fail "libgtk-3-0 is not installed, so the package cannot install (apt-get install -y libgtk-3-0)"

if dpkg -s campo >/dev/null 2>&1; then
  step "a campo package is already installed: purging it first"
  "${SUDO[@]}" dpkg -P campo >/dev/null || fail "could not purge the campo package already installed"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/campo-check-deb.XXXXXX")"
cleanup() {
  local rc=$?
  if [ "$INSTALLED" = true ]; then
    "${SUDO[@]}" dpkg -P campo >/dev/null 2>&1 || true
  fi
  if [ $rc -eq 0 ] && [ "${CAMPO_CHECK_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

step "cloning the committed HEAD into a clean directory"
git clone -q --no-local "$ROOT" "$WORK/campo" || fail "git clone of $ROOT failed"
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "check-deb:   note: uncommitted changes in the work tree are not part of this check"
fi
SRC="$WORK/campo"
BUILD="$SRC/target"

step "building the .deb (mvn -Pinstaller -DskipTests package)"
BUILD_START=$(date +%s)
( cd "$SRC" && CAMPO_PACKAGE_TYPES=deb "${MVN:-mvn}" -q -B -Pinstaller -DskipTests package ) > "$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log" >&2; fail "the package build failed (log above, full log in $WORK/build.log)"; }
BUILD_SECS=$(( $(date +%s) - BUILD_START ))
VERSION="$(sed -n 's/^version=//p' "$BUILD/maven-archiver/pom.properties")"
[ -n "$VERSION" ] || fail "no version in target/maven-archiver/pom.properties"
APP_VERSION="${VERSION%%-*}"
shopt -s nullglob
debs=("$BUILD"/installer/packages/campo_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one campo_*.deb in target/installer/packages, found ${#debs[@]}"
DEB="${debs[0]}"
pass "built $(basename "$DEB") in ${BUILD_SECS}s (pom version $VERSION)"

step "checking the size"
SIZE=$(stat -c %s "$DEB")
[ "$SIZE" -lt "$MAX_BYTES" ] || fail "the .deb is $SIZE bytes, over the limit of $MAX_BYTES"
pass "$SIZE bytes ($(( SIZE / 1000000 )) MB) < $(( MAX_BYTES / 1000000 )) MB"

step "checking the control data (dpkg-deb -I)"
INFO="$(dpkg-deb -I "$DEB")"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = campo ] || fail "Package is '$(field Package)', expected campo"
[ "$(field Version)" = "$APP_VERSION-1" ] || fail "Version is '$(field Version)', expected $APP_VERSION-1"
DEPENDS="$(field Depends)"
echo "$DEPENDS" | grep -Eq '(^|, *)libgtk-3-0(,|$| )' || fail "Depends lacks libgtk-3-0: $DEPENDS"
if echo "$DEPENDS" | grep -q xdg-utils; then fail "Depends names xdg-utils; the package must install without desktop-menu tools: $DEPENDS"; fi
pass "Package campo, Version $APP_VERSION-1, Depends has libgtk-3-0 and no xdg-utils"
for script in postinst prerm; do
  echo "$INFO" | grep -q " $script " || fail "no $script script in the package"
done
dpkg-deb -e "$DEB" "$WORK/control"
grep -q 'ln -sfn "$CAMPO_HOME/lib/app/campo" /usr/bin/campo' "$WORK/control/postinst" || fail "postinst does not link /usr/bin/campo"
if grep -Eq '^[^#]*xdg-(desktop-menu|mime|icon-resource)' "$WORK/control/postinst" "$WORK/control/prerm"; then
  fail "maintainer scripts call xdg-utils commands"
fi
pass "postinst links /usr/bin/campo; no xdg-utils commands in the maintainer scripts"

step "checking the contents (dpkg-deb -c)"
CONTENTS="$(dpkg-deb -c "$DEB" | awk '{print $6}')"
expect_file() {
  echo "$CONTENTS" | grep -Eq "^\./$1\$" || fail "the package lacks $2 ($1)"
  pass "$2: $1"
}
expect_file 'opt/campo/bin/Campo' "the launcher"
expect_file 'opt/campo/lib/app/campo' "the command script"
expect_file 'opt/campo/lib/app/campo-cli\.classlist' "the short commands' class list"
expect_file 'opt/campo/lib/runtime/bin/java' "the runtime's java (run by the command script)"
expect_file 'opt/campo/lib/runtime/lib/server/libjvm\.so' "the Java runtime"
expect_file 'opt/campo/lib/runtime/lib/modules' "the runtime's module image"
expect_file "opt/campo/lib/app/campo-$VERSION\\.jar" "the app jar"
expect_file 'opt/campo/lib/app/lib/javafx-graphics-[0-9.]+-linux\.jar' "JavaFX for Linux"
expect_file 'opt/campo/lib/app/lib/sqlite-jdbc-[0-9.]+\.jar' "sqlite-jdbc"
expect_file 'opt/campo/lib/app/Campo\.cfg' "the launcher configuration"
expect_file 'opt/campo/lib/Campo\.png' "the icon"
expect_file 'opt/campo/lib/campo-Campo\.desktop' "the desktop entry"
expect_file 'opt/campo/lib/campo-Campo-MimeInfo\.xml' "the mime type definition"
expect_file 'opt/campo/share/doc/copyright' "the licence"
EXTRA_BIN="$(echo "$CONTENTS" | grep -E '^\./opt/campo/lib/runtime/bin/.+' | grep -v '/bin/java$' || true)"
[ -z "$EXTRA_BIN" ] || fail "the runtime has native commands besides java: $EXTRA_BIN"

dpkg-deb -x "$DEB" "$WORK/root"
[ -x "$WORK/root/opt/campo/lib/app/campo" ] || fail "the command script is not executable"
[ -x "$WORK/root/opt/campo/lib/runtime/bin/java" ] || fail "the runtime's java is not executable"
MIME="$WORK/root/opt/campo/lib/campo-Campo-MimeInfo.xml"
grep -q 'type="application/x-campo-study"' "$MIME" || fail "the mime definition lacks application/x-campo-study"
grep -q 'pattern="\*\.campo"' "$MIME" || fail "the mime definition lacks the *.campo glob"
DESKTOP="$WORK/root/opt/campo/lib/campo-Campo.desktop"
grep -q '^MimeType=application/x-campo-study;' "$DESKTOP" || fail "the desktop entry lacks MimeType=application/x-campo-study"
grep -q '^Exec=/opt/campo/bin/Campo ' "$DESKTOP" || fail "the desktop entry does not start /opt/campo/bin/Campo"
grep -q 'GNU AFFERO GENERAL PUBLIC LICENSE' "$WORK/root/opt/campo/share/doc/copyright" || fail "the licence file is not the AGPL"
pass "file association application/x-campo-study (*.campo) in the mime definition and desktop entry"
RELEASE_MODULES=" $(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$WORK/root/opt/campo/lib/runtime/release") "
for module in $(sed -e 's/#.*//' "$SRC/installer/jdk-modules.txt"); do
  case "$RELEASE_MODULES" in *" $module "*) ;; *) fail "the runtime lacks the JDK module $module" ;; esac
done
for module in jdk.compiler jdk.jshell java.se; do
  case "$RELEASE_MODULES" in *" $module "*) fail "the runtime is not trimmed: it has $module" ;; esac
done
pass "runtime has the modules of installer/jdk-modules.txt and no more than needed"

step "installing (dpkg -i)"
"${SUDO[@]}" dpkg -i "$DEB" > "$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; fail "dpkg -i failed"; }
INSTALLED=true
[ "$(dpkg-query -W -f '${Status}' campo)" = "install ok installed" ] || fail "dpkg does not report campo as installed"
[ "$(readlink /usr/bin/campo)" = /opt/campo/lib/app/campo ] || fail "/usr/bin/campo is not a link to /opt/campo/lib/app/campo"
[ -s /opt/campo/lib/app/campo-cli.jsa ] || fail "postinst wrote no class-data archive (/opt/campo/lib/app/campo-cli.jsa)"
CAMPO="$(command -v campo)" || fail "campo is not on PATH after install"
for f in /usr/share/applications/campo.desktop /usr/share/mime/packages/campo.xml \
         /usr/share/icons/hicolor/256x256/apps/campo.png; do
  [ -f "$f" ] || fail "postinst did not install $f"
done
pass "installed; $CAMPO -> /opt/campo/lib/app/campo; class-data archive written; menu entry, mime type and icon registered"

step "running the installed 'campo --version'"
set +e
OUT="$(cd "$WORK" && timeout 120 campo --version 2>&1)"
RC=$?
set -e
[ $RC -eq 0 ] || fail "'campo --version' exited with $RC, output: '$OUT'"
[ "$OUT" = "campo $VERSION" ] || fail "'campo --version' printed '$OUT', expected 'campo $VERSION'"
pass "'campo --version' printed '$OUT'"

step "running the installed 'campo form compile' with the class-data archive required"
set +e
# -Xshare:on makes the JVM refuse to start unless it maps the archive postinst wrote.
OUT="$(cd "$WORK" && CAMPO_JAVA_OPTIONS=-Xshare:on timeout 120 campo form compile "$SRC/forms/flow-count.xlsx" -o "$WORK/flow-count.xml" 2>&1)"
RC=$?
set -e
[ $RC -eq 0 ] || fail "'campo form compile' with -Xshare:on exited with $RC, output: '$OUT'"
grep -q '<h:html' "$WORK/flow-count.xml" || fail "'campo form compile' wrote no XForm"
pass "'campo form compile' mapped the class-data archive and wrote the XForm"

if command -v xvfb-run >/dev/null; then
  # Both doors to the desktop app: the menu entry's launcher and `campo` with no arguments.
  for GUI in /opt/campo/bin/Campo campo; do
    step "starting the installed GUI ($GUI) under Xvfb"
    set +e
    ( cd "$WORK" && HOME="$WORK/home" GUI="$GUI" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
        $GUI > gui.log 2>&1 & pid=$!
        sleep 12
        if command -v import >/dev/null; then import -window root gui.png 2>/dev/null; fi
        if kill -0 $pid 2>/dev/null; then kill $pid; wait $pid 2>/dev/null; exit 0; fi
        wait $pid; echo "the GUI exited early with status $?" >> gui.log; exit 1' )
    GUI_RC=$?
    set -e
    [ $GUI_RC -eq 0 ] || { cat "$WORK/gui.log" >&2; fail "the installed GUI ($GUI) did not stay up for 12 s under Xvfb"; }
    if grep -Eq 'Exception|Error:' "$WORK/gui.log"; then cat "$WORK/gui.log" >&2; fail "the GUI ($GUI) logged an exception at start"; fi
    pass "the GUI ($GUI) started and ran for 12 s"
  done
else
  step "xvfb-run not found: skipping the GUI start check (apt-get install -y xvfb)"
fi

step "removing (dpkg -r)"
"${SUDO[@]}" dpkg -r campo > "$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log" >&2; fail "dpkg -r failed"; }
for f in /opt/campo /usr/bin/campo /usr/share/applications/campo.desktop /usr/share/mime/packages/campo.xml \
         /usr/share/icons/hicolor/256x256/apps/campo.png \
         /usr/share/icons/hicolor/256x256/mimetypes/application-x-campo-study.png; do
  if [ -e "$f" ] || [ -L "$f" ]; then fail "$f is left after dpkg -r"; fi
done
"${SUDO[@]}" dpkg -P campo > /dev/null 2>&1 || fail "dpkg -P (purge) failed after removal"
INSTALLED=false
if dpkg -s campo >/dev/null 2>&1; then fail "dpkg still knows campo after purge"; fi
pass "removed; nothing left in /opt, /usr/bin or /usr/share"

step "all checks passed: $(basename "$DEB"), $SIZE bytes, built in ${BUILD_SECS}s"
