# Desktop integration without xdg-utils: plain file copies, caches refreshed only where the
# tools exist, so the package installs on machines without desktop-menu tools.
CAMPO_HOME=/opt/campo
ln -sfn "$CAMPO_HOME/bin/Campo" /usr/bin/campo
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
