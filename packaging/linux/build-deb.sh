#!/usr/bin/env bash
# Builds the Debian/Ubuntu package from the PyInstaller bundle, with dpkg-deb only.
#
#   packaging/linux/build-deb.sh [BUNDLE_DIR] [OUT_DIR]
#
# BUNDLE_DIR: the onedir bundle (default build/dist/advocate-desktop, what
# `make bundle` writes); OUT_DIR: where the .deb goes (default dist/). Prints the
# path of the .deb. The package has no maintainer scripts: dpkg removes every file it
# installed, and the menu, icon and AppStream caches are refreshed by the dpkg
# triggers of desktop-file-utils, hicolor-icon-theme and appstream. User data in the
# home folders is never touched (docs/deployment.md, Uninstall).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${1:-$root/build/dist/advocate-desktop}
out=${2:-$root/dist}
python=${PYTHON:-$root/.venv/bin/python}
package=advocate-desktop
app_id=org.advocate_desktop.AdvocateDesktop
here=$root/packaging/linux

[ -x "$bundle/advocate-desktop" ] || {
  echo "no bundle at $bundle: build it first (make bundle)" >&2
  exit 1
}
version=$("$python" -c 'import advocate_desktop; print(advocate_desktop.__version__)')
arch=$(dpkg --print-architecture)
# Reproducible: every file dated from the last commit (or now outside git).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/root
doc=$stage/usr/share/doc/$package
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/man/man1" "$doc/examples" \
  "$stage/usr/share/lintian/overrides" "$stage/DEBIAN"

cp -a "$bundle" "$stage/opt/$package"
# absolute: Debian wants links between top-level folders absolute
ln -s "/opt/$package/advocate-desktop" "$stage/usr/bin/advocate-desktop"
install -m 0644 "$here/$app_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "$here/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
QT_QPA_PLATFORM=offscreen "$python" "$root/scripts/make_icon.py" --hicolor \
  "$stage/usr/share/icons/hicolor"
gzip -9n < "$here/advocate-desktop.1" > "$stage/usr/share/man/man1/advocate-desktop.1.gz"
install -m 0644 "$here/copyright" "$doc/copyright"
install -m 0644 "$root/packaging/managed.example.json" "$doc/examples/managed.json"
{
  printf '%s (%s) unstable; urgency=medium\n\n' "$package" "$version"
  printf '  * Release %s, built from the project sources (a native package).\n\n' "$version"
  printf ' -- Advocate Desktop contributors <maintainers@advocate-desktop.org>  %s\n' \
    "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$doc/changelog.gz"
install -m 0644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/$package"

# A RUNPATH into the build machine's own prefix (a pyenv's lib folder, say) means nothing
# on the target: the bundle finds its libraries through $ORIGIN, so such entries go.
while IFS= read -r -d '' file; do
  rpath=$(patchelf --print-rpath "$file" 2>/dev/null) || continue
  case "$rpath" in
    "" | '$ORIGIN'*) ;;
    *) patchelf --remove-rpath "$file" ;;
  esac
done < <(find "$stage/opt/$package" -type f -name '*.so*' -print0)

# Files 0644 and folders 0755, the program itself 0755, owned by root (--root-owner-group).
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/$package/advocate-desktop"

# Depends: the Debian packages whose libraries the bundle loads from the system (the
# spec leaves the distribution's libraries out of the bundle), with the versions their
# symbols need, as dpkg-shlibdeps finds them. The bundle's own folders are searched
# first (-l): what is found there is the bundle's, not a dependency.
shlibs=$work/shlibs
mkdir -p "$shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" \
  > "$shlibs/debian/control"
mapfile -t private < <(find "$stage/opt/$package" -type f -name '*.so*' -printf '-l%h\n' | sort -u)
mapfile -d '' binaries < <(find "$stage/opt/$package" -type f \
  \( -name '*.so*' -o -path "$stage/opt/$package/advocate-desktop" \) -print0)
if ! depends=$(cd "$shlibs" && dpkg-shlibdeps -O --ignore-missing-info "${private[@]}" \
  "${binaries[@]}" 2> "$shlibs/log"); then
  cat "$shlibs/log" >&2
  exit 1
fi
depends=${depends#shlibs:Depends=}
[ -n "$depends" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$installed_size/" \
  -e "s/@SHLIBS_DEPENDS@/$depends/" "$here/control.in" > "$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$out"
deb=$out/${package}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb"
