"""PDFs inside the app: the preview shows every page, prints them, saves a copy, and says
plainly when the computer has no PDF program (real PDFs, real Qt printing to a file)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_ui
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from shopcare import __version__, clock
from shopcare.readmodels.tasks import list_tasks
from shopcare.reports.files import make_task_sheets, make_weekly_review
from shopcare.service.config import Config
from shopcare.service.demo import fill_demo_shop
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator
from shopcare.ui.preview import PdfPreview

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support QPlatformServices::openDocument",  # no PDF program here
)
SHOTS = Path("/tmp/shots/preview")
window = test_ui.window


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """A weekly review and a pile of task sheets from a real demo shop."""
    folder = tmp_path_factory.mktemp("pdfs")
    with Shop(Config.resolve(folder / "shop"), staff="지은") as shop:
        fill_demo_shop(shop, customers=40, seed=3, language="ko")
        shop.sweep(clock.today())
        _, weekly = make_weekly_review(shop.db, None, folder / "weekly.pdf")
        ids = [t["id"] for t in list_tasks(shop.db)][:3]
        _, sheets = make_task_sheets(shop.db, ids, None, folder / "sheets.pdf")
    return {"weekly": weekly, "sheets": sheets}


def opened(qtbot, path: Path) -> PdfPreview:
    dialog = PdfPreview(path)
    qtbot.addWidget(dialog)
    dialog.show()
    pane = dialog.pane
    qtbot.waitUntil(lambda: pane.rendered() == pane.page_count, timeout=20000)
    return dialog


@pytest.mark.parametrize("which", ["weekly", "sheets"])
def test_the_preview_shows_every_page(qtbot, ui_settings, pdfs, which: str) -> None:
    path = pdfs[which]
    dialog = opened(qtbot, path)
    preview = dialog.pane
    pages = len(PdfReader(path).pages)
    assert preview.page_count == pages >= 1
    for n in range(1, pages + 1):
        label = preview.findChild(type(preview.status), f"page_{n}")
        pixmap = label.pixmap()
        assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # an A4 page, upright
    assert preview.status.text() == f"{pages} page" + ("s" if pages > 1 else "")
    dialog.close()


def test_print_sends_every_page_to_the_printer(qtbot, ui_settings, pdfs, tmp_path) -> None:
    source = pdfs["sheets"]
    dialog = opened(qtbot, source)
    preview = dialog.pane
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(PdfReader(source).pages)
    dialog.close()


def test_save_as_keeps_a_copy_and_no_viewer_is_said_plainly(
    qtbot, ui_settings, pdfs, tmp_path
) -> None:
    dialog = opened(qtbot, pdfs["weekly"])
    preview = dialog.pane
    target = tmp_path / "for the accountant.pdf"
    preview.save_to(target)
    assert target.read_bytes() == pdfs["weekly"].read_bytes()
    assert str(target) in preview.status.text()
    # This machine has no PDF program (as many shop PCs): Qt cannot open the file.
    assert preview.open_elsewhere() is False
    assert "no program for PDF files" in preview.status.text()
    assert preview.folder_button.isVisible()
    dialog.close()


def test_a_made_weekly_review_opens_in_the_preview(qtbot, window, tmp_path) -> None:
    view = window.reports
    window.tabs.setCurrentWidget(view)
    view.out.setText(str(tmp_path / "week.pdf"))
    view.make_weekly()
    qtbot.waitUntil(lambda: view.weekly_result.preview_button.isVisible(), timeout=20000)
    assert view.weekly_result.open_elsewhere() is False  # no viewer: said, not silent
    assert "no program for PDF files" in view.weekly_result.label.text()
    dialog = view.weekly_result.show_preview()
    preview = dialog.pane
    qtbot.waitUntil(lambda: preview.rendered() == preview.page_count >= 1, timeout=20000)
    dialog.close()


def test_about_shows_the_version_and_the_data_folder(qtbot, window) -> None:
    about = window.open_about()
    text = about.text.text()
    assert f"ShopCare {__version__}" in text
    assert str(window.shop.config.data_dir) in text
    about.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_preview_screenshots(qtbot, ui_settings, pdfs, lang: str) -> None:
    st.set_language(lang)
    install_translator(lang)
    try:
        dialog = opened(qtbot, pdfs["weekly"])
        preview = dialog.pane
        dialog.resize(900, 740)
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"weekly_{lang}.png"))
        if lang == "ko":
            assert preview.print_button.text() == "인쇄(&N)…"
        dialog.close()
    finally:
        install_translator("en")
