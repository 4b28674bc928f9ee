"""The start-up check for the libraries Qt's X11 window needs: it names the Debian packages, never guesses."""

from ui import qtcheck


def test_missing_libraries_are_named_with_the_install_command(monkeypatch):
    monkeypatch.setattr(qtcheck.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(qtcheck.ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else name)
    assert qtcheck.missing_packages() == ["libxcb-cursor0"]
    text = qtcheck.advice(["libxcb-cursor0"])
    assert "sudo apt install libxcb-cursor0" in text and "venster" in text and "window" in text


def test_no_check_where_the_window_does_not_use_x11(monkeypatch):
    monkeypatch.setattr(qtcheck.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(qtcheck.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qtcheck.missing_packages() == []
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert qtcheck.missing_packages() == []
    monkeypatch.setattr(qtcheck.sys, "platform", "win32")
    assert qtcheck.missing_packages() == []
