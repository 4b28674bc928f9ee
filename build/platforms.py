"""What differs per operating system in the package build, as plain data the PyInstaller spec reads and the tests
check (Windows and macOS builds run on machines we do not have; their choices are tested here).

- Linux: the one-folder app; build/deb.py makes the Debian package with the menu entry and file type.
- Windows: the one-folder app with an .ico; build/windows/klantbehoud.iss makes a per-user installer.
- macOS: a Klantbehoud.app bundle whose Info.plist declares the shop file type, so Finder opens shops in it.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Klantbehoud"
BUNDLE_ID = "nl.klantbehoud.Klantbehoud"
SHOP_SUFFIX = "klantbehoud"  # core.store.workspace.SUFFIX without the dot
SHOP_UTI = "nl.klantbehoud.shop"


def target(platform: str) -> str:
    """"linux", "windows" or "macos" for a ``sys.platform`` value."""
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


def icon_for(platform: str, png: Path | None, ico: Path | None, icns: Path | None) -> str | None:
    """The icon file PyInstaller puts on the executable: .ico on Windows, .icns on macOS, none on Linux (the
    desktop takes the icon from the menu entry)."""
    chosen = {"windows": ico, "macos": icns, "linux": None}[target(platform)]
    return str(chosen) if chosen else None


def info_plist(version: str) -> dict:
    """The macOS bundle's Info.plist entries: version, and the shop file type the app owns and opens."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Klantbehoud",
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Klantbehoud shop",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [SHOP_UTI],
            "CFBundleTypeExtensions": [SHOP_SUFFIX],
            "CFBundleTypeIconFile": "klantbehoud.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": SHOP_UTI,
            "UTTypeDescription": "Klantbehoud shop",
            "UTTypeConformsTo": ["public.database", "public.data"],
            "UTTypeTagSpecification": {"public.filename-extension": [SHOP_SUFFIX]},
        }],
    }
