"""The Windows and macOS builds, checked as far as a Linux machine can: the spec's per-system branches run with
PyInstaller's build steps recorded, the macOS Info.plist is a valid plist that owns the shop file type, the Inno
Setup script installs per user and associates *.klantbehoud, and the workflow that builds both parses."""

import plistlib
import re
import sys
from pathlib import Path

import pytest
import yaml

from core import __version__
from core.store.shopfile import SUFFIX

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
import platforms  # noqa: E402


def _run_spec(monkeypatch, platform: str) -> dict[str, list]:
    """Execute build/klantbehoud.spec as PyInstaller would on ``platform``, recording each build step."""
    calls: dict[str, list] = {}

    def step(name):
        def record(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return type(name, (), {"datas": [], "binaries": [], "pure": [], "scripts": []})()
        return record

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("KLANTBEHOUD_ROOT", str(ROOT))
    monkeypatch.setenv("KLANTBEHOUD_ICO", "work/klantbehoud.ico")
    monkeypatch.setenv("KLANTBEHOUD_ICNS", "work/klantbehoud.icns")
    names = {n: step(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec = (ROOT / "build" / "klantbehoud.spec").read_text(encoding="utf-8")
    exec(compile(spec, "klantbehoud.spec", "exec"), dict(names))  # noqa: S102 - the spec is our own file
    return calls


@pytest.mark.parametrize("platform, icon, bundle", [("linux", None, False), ("win32", "work/klantbehoud.ico", False),
                                                     ("darwin", "work/klantbehoud.icns", True)])
def test_the_spec_builds_what_each_system_needs(monkeypatch, platform, icon, bundle):
    calls = _run_spec(monkeypatch, platform)
    (_, exe), = calls["EXE"]
    assert exe["name"] == "Klantbehoud" and exe["console"] is False and exe["icon"] == icon
    assert len(calls["COLLECT"]) == 1
    assert ("BUNDLE" in calls) is bundle
    if bundle:
        (_, app), = calls["BUNDLE"]
        assert app["name"] == "Klantbehoud.app" and app["bundle_identifier"] == platforms.BUNDLE_ID
        assert app["info_plist"] == platforms.info_plist(__version__)


def test_the_mac_app_owns_the_shop_file_type():
    info = plistlib.loads(plistlib.dumps(platforms.info_plist(__version__)))  # valid as a plist
    assert info["CFBundleShortVersionString"] == __version__
    (doc,) = info["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeExtensions"] == [SUFFIX.lstrip(".")] and doc["CFBundleTypeRole"] == "Editor"
    (uti,) = info["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == [SUFFIX.lstrip(".")]


def _inno(path: Path) -> dict[str, list[str]]:
    """Sections of an Inno Setup script and their lines (comments and preprocessor lines left out)."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "  #")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        else:
            assert current is not None, f"a line before the first section: {line}"
            sections[current].append(line)
    return sections


def _entry(line: str) -> dict[str, str]:
    """One 'Name: "value"; Other: value' line of an Inno Setup section."""
    parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
    return {k: v[1:-1].replace('""', '"') if v.startswith('"') else v.strip() for k, v in parts}


def test_the_windows_installer_is_per_user_and_opens_shop_files():
    iss = ROOT / "build" / "windows" / "klantbehoud.iss"
    sections = _inno(iss)
    assert set(sections) <= {"Setup", "Languages", "Tasks", "Files", "Icons", "Registry", "Run"}
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest" and setup["ChangesAssociations"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}" and setup["DefaultDirName"] == "{autopf}\\Klantbehoud"
    here = iss.parent
    # Paths are relative to the script: the package build's icon and the one-folder app.
    assert (here / setup["SetupIconFile"].replace("\\", "/")).resolve() == ROOT / "build" / "work" / "klantbehoud.ico"
    (files,) = [_entry(line) for line in sections["Files"]]
    assert (here / files["Source"].replace("\\", "/")).parent.resolve() == ROOT / "dist" / "Klantbehoud"
    assert any(_entry(line)["Filename"] == "{app}\\Klantbehoud.exe" and _entry(line)["Name"].startswith("{group}")
               for line in sections["Icons"])
    registry = [_entry(line) for line in sections["Registry"]]
    assert all(r["Root"] == "HKA" for r in registry)  # the user's own classes when installed without admin rights
    assert {"Subkey": f"Software\\Classes\\{SUFFIX}", "ValueData": "Klantbehoud.Shop"}.items() <= registry[0].items()
    command = next(r for r in registry if r["Subkey"].endswith("shell\\open\\command"))
    assert command["ValueData"] == '"{app}\\Klantbehoud.exe" "%1"'


def test_the_workflow_builds_windows_macos_and_linux():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8"))
    jobs = flow["jobs"]
    assert {jobs[j]["runs-on"] for j in jobs} == {"windows-latest", "macos-latest", "ubuntu-latest"}
    for name, job in jobs.items():
        setup = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python")]
        assert setup and float(setup[0]["with"]["python-version"]) >= 3.12, name
        scripts = "\n".join(s.get("run", "") for s in job["steps"])
        assert "constraints.txt" in scripts or "make deb" in scripts, name
        assert "--selftest" in scripts or "make deb" in scripts, name
    windows = "\n".join(s.get("run", "") for s in jobs["windows"]["steps"])
    assert "build\\windows\\klantbehoud.iss" in windows and (ROOT / "build" / "windows" / "klantbehoud.iss").exists()
    assert "Klantbehoud.app" in "\n".join(s.get("run", "") for s in jobs["macos"]["steps"])
