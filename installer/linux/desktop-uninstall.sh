# Undo desktop-install.sh (only what it created).
case "$(readlink /usr/bin/campo 2>/dev/null)" in
  /opt/campo/lib/app/campo|/opt/campo/bin/Campo) rm -f /usr/bin/campo ;;
esac
# The class-data archive the post-install script wrote (dpkg and rpm remove only their own files).
rm -f /opt/campo/lib/app/campo-cli.jsa
rm -f /usr/share/applications/campo.desktop /usr/share/mime/packages/campo.xml \
  /usr/share/icons/hicolor/256x256/apps/campo.png \
  /usr/share/icons/hicolor/256x256/mimetypes/application-x-campo-study.png
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
