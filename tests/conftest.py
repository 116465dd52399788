"""Shared fixtures: every test gets its own data folder and settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shopcare.service.config import Config
from shopcare.service.shop import Shop

#: PostgreSQL fixtures (``postgres_schema``, ``postgres_server``) for every test module.
pytest_plugins = ["postgres_helpers"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real data folder or settings."""
    monkeypatch.setenv("SHOPCARE_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("SHOPCARE_POSTGRES_HOST", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # messages in English unless a test asks
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "shop"


@pytest.fixture
def shop(data_dir: Path):
    with Shop(Config.resolve(data_dir), staff="지은") as opened:
        yield opened


@pytest.fixture
def ui_settings(tmp_path: Path, qapp):
    """Qt settings in a folder of this test only; the window in English unless a test switches."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from shopcare.ui import settings as st
    from shopcare.ui.app import prepare_application
    from shopcare.ui.i18n import install_translator

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    prepare_application(qapp)
    QCoreApplication.setOrganizationName("ShopCareTest")
    st.set_language("en")
    install_translator("en")
    yield
    install_translator("en")
