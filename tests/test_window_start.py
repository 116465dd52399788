"""The window at start, when the shop cannot be opened: one clear dialog, in the
person's language, and no window over a shop that is not there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from shopcare.service.config import Config
from shopcare.ui import settings as st
from shopcare.ui.app import prepare_application, run_app
from shopcare.ui.i18n import install_translator

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(os.environ.get("SHOPCARE_SHOTS", "/tmp/shots/safety"))


@pytest.fixture
def settings_of_this_test(tmp_path: Path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    prepare_application(qapp)  # as run_app does: the settings of "ShopCare", in tmp_path
    yield
    st.set_language("en")
    install_translator("en")


def dialog_text_of(start, name: str) -> tuple[int, list[str]]:
    """Run ``start``; read, photograph and close the dialog it shows."""
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        SHOTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(SHOTS / f"{name}.png"))
        box.close()

    QTimer.singleShot(0, look)
    return start(), seen


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "the data folder '{path}' is not a folder; give a folder with --data-dir"),
        ("ko", "데이터 폴더 '{path}'—폴더가 아니에요. --data-dir에 폴더를 써 주세요."),
    ],
)
def test_a_data_folder_that_is_a_file_gets_one_clear_dialog(
    qtbot, settings_of_this_test, tmp_path: Path, language: str, expected: str
) -> None:
    st.set_language(language)
    not_a_folder = tmp_path / "shop.txt"
    not_a_folder.write_text("notes")
    code, seen = dialog_text_of(
        lambda: run_app(Config.resolve(not_a_folder)), f"start-data-dir-{language}"
    )
    assert code == 1
    assert seen == [expected.format(path=not_a_folder)]
    assert not_a_folder.read_text() == "notes"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
