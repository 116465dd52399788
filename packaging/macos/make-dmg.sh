#!/usr/bin/env bash
# Wrap ShopCare.app in a compressed disk image with a link to Applications, as Mac
# owners expect: open it, drag ShopCare onto Applications.
#
#     packaging/macos/make-dmg.sh dist/ShopCare.app dist/ShopCare-0.1.0.dmg
set -euo pipefail
app="$1"
dmg="$2"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname ShopCare -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
fi
echo "$dmg"
