# Desktop integration without xdg-utils: plain file copies, caches refreshed only where the
# tools exist, so the package installs on machines without desktop-menu tools.
CAMPO_HOME=/opt/campo
# `campo` is the command script: JVM options per command, the package's runtime (bin/java).
ln -sfn "$CAMPO_HOME/lib/app/campo" /usr/bin/campo
# The class-data archive of the short commands (form check/compile, --version, --help): the
# classes they load, listed when the package was built, dumped for the jar where it now lies
# (an application archive maps only there). A failure only makes those commands slower.
CAMPO_JAR=$(ls "$CAMPO_HOME"/lib/app/campo-*.jar 2>/dev/null | head -n 1)
rm -f "$CAMPO_HOME/lib/app/campo-cli.jsa"
if [ -n "$CAMPO_JAR" ] && [ -x "$CAMPO_HOME/lib/runtime/bin/java" ] && [ -f "$CAMPO_HOME/lib/app/campo-cli.classlist" ]; then
  "$CAMPO_HOME/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$CAMPO_HOME/lib/app/campo-cli.classlist" \
    -XX:SharedArchiveFile="$CAMPO_HOME/lib/app/campo-cli.jsa" -cp "$CAMPO_JAR" >/dev/null 2>&1 \
    || rm -f "$CAMPO_HOME/lib/app/campo-cli.jsa"
fi
mkdir -p /usr/share/applications /usr/share/mime/packages \
  /usr/share/icons/hicolor/256x256/apps /usr/share/icons/hicolor/256x256/mimetypes
cp "$CAMPO_HOME/lib/campo-Campo.desktop" /usr/share/applications/campo.desktop
cp "$CAMPO_HOME/lib/campo-Campo-MimeInfo.xml" /usr/share/mime/packages/campo.xml
cp "$CAMPO_HOME/lib/Campo.png" /usr/share/icons/hicolor/256x256/apps/campo.png
cp "$CAMPO_HOME/lib/application-x-campo-study.png" \
  /usr/share/icons/hicolor/256x256/mimetypes/application-x-campo-study.png
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
