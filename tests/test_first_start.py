"""Issue 11, items 11 and 15: the window fits the screen it opens on (a 1366x768 laptop,
a 1024x768 projector screen), and a machine with no display gets one line saying so
instead of Qt's abort."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _on_screen(tmp_path, demo_store, width, height, *saved):
    """Open the window in a process of its own whose one screen is width x height."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "s", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    path = demo_store.path
    demo_store.close()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "window_on_screen.py"),
                          str(tmp_path / "prefs.ini"), str(path), *map(str, saved)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _inside(frame, room) -> bool:
    fx, fy, fw, fh = frame
    rx, ry, rw, rh = room
    return rx <= fx and ry <= fy and fx + fw <= rx + rw and fy + fh <= ry + rh


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 768)])
def test_a_first_start_on_a_small_screen_opens_maximised_and_fits(tmp_path, demo_store,
                                                                  width, height):
    """With no saved geometry, the window on a 1366x768 laptop or a 1024x768 screen is
    maximised and all of it is on the screen (it used to open at 1280x760, its title bar
    and status bar off the screen); its minimum size fits too, so nothing forces it
    bigger."""
    got = _on_screen(tmp_path, demo_store, width, height)
    assert got["maximized"]
    assert _inside(got["frame"], got["room"]), got
    assert got["minimum"][0] <= width and got["minimum"][1] <= height - 40, got


def test_a_first_start_on_a_big_screen_opens_at_its_own_size(tmp_path, demo_store):
    """On a 1920x1080 screen there is room: 1280x760, not maximised, whole on screen."""
    got = _on_screen(tmp_path, demo_store, 1920, 1080)
    assert not got["maximized"]
    assert got["frame"][2:] >= [1280, 760] and _inside(got["frame"], got["room"]), got


def test_a_saved_geometry_bigger_than_the_screen_is_clamped(tmp_path, demo_store):
    """A window closed at 1900x1000 (on a bigger monitor, since unplugged) reopens on a
    1024x768 screen shrunk and moved so that the whole of it is on the screen."""
    got = _on_screen(tmp_path, demo_store, 1024, 768, 1900, 1000)
    assert _inside(got["frame"], got["room"]), got


def _no_display_env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")),
                    reason="a display is always there on Windows and macOS")
def test_no_display_says_so_in_one_line_and_exits_2(tmp_path):
    """With no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM, `jury-room` prints one
    line saying there is no display and how to get one (xvfb-run) or do without (the
    commands), exits 2 and creates nothing: before, Qt aborted with a page of plugin
    errors and a core dump."""
    out = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True,
                         text=True, cwd=ROOT, env=_no_display_env(tmp_path), timeout=60)
    assert out.returncode == 2, out
    assert out.stderr.count("\n") == 1, out.stderr
    assert "no display" in out.stderr and "DISPLAY" in out.stderr
    assert "xvfb-run" in out.stderr and "jury-room results" in out.stderr
    assert not (tmp_path / "data").exists()       # no competition file was made


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")),
                    reason="a display is always there on Windows and macOS")
def test_commands_work_without_a_display(tmp_path, cup_db):
    """What the one line promises: a command such as `results` runs on that machine."""
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "results", str(cup_db)],
                         capture_output=True, text=True, cwd=ROOT,
                         env=_no_display_env(tmp_path), timeout=60)
    assert out.returncode == 0, out.stderr
    assert "P1" in out.stdout


def test_the_display_check_reads_only_the_environment():
    """Any of DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM is a way to show the window;
    Windows and macOS always have one."""
    from ui.launch import no_display

    assert no_display({}, "linux")
    assert no_display({"DISPLAY": ""}, "linux")
    for key, value in (("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0"),
                       ("QT_QPA_PLATFORM", "offscreen")):
        assert not no_display({key: value}, "linux")
    assert not no_display({}, "win32") and not no_display({}, "darwin")


def test_every_screen_fits_a_1024_wide_screen_in_every_language(window, qtbot):
    """The window's minimum width, every screen built, stays under 1024 pixels (frame
    included) in English, Russian and Kazakh: a maximised window cannot be wider than its
    screen, but a minimum size can push it past the edge (in Russian the Results screen's
    adjustments row did, cutting the right side of every screen at 1024x768)."""
    from ui.geometry import FRAME

    for lang in ("en", "ru", "kk"):
        window.set_language(lang)
        qtbot.wait(10)
        for n in range(8):
            window.go(n)
        assert window.minimumSizeHint().width() <= 1024 - FRAME[0], lang
        assert window.minimumSizeHint().height() <= 768 - FRAME[1], lang
