"""A PDF inside the window: the weekly review or task sheets, to read, print or keep.

Pages are drawn with pdfium (``pypdfium2``), one page per turn of the event loop, so a
long pile of task sheets never freezes the window. Print sends the same pages to the
printer at its own resolution (``QPrintDialog``); Save as copies the file; "Open with
another program" hands it to the computer's PDF viewer, and says so plainly when there
is none (then the folder is one click away).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopcare.ui.forms import named
from shopcare.ui.i18n import window_catalogue

#: Pages are drawn at this many dots per inch for the screen (sharp at 100-150 % zoom).
SCREEN_DPI = 144
#: The most dots per inch sent to a printer (more only makes the job bigger).
MAX_PRINT_DPI = 300


#: pdfium's bitmap formats (FPDFBitmap_BGR, _BGRx, _BGRA) as Qt's.
PDFIUM_FORMATS = {
    2: QImage.Format.Format_BGR888,
    3: QImage.Format.Format_RGB32,
    4: QImage.Format.Format_ARGB32,
}


def render_page(pdf: object, index: int, dpi: float) -> QImage:
    """One page of an open ``pypdfium2.PdfDocument`` as an image at ``dpi``."""
    page = pdf[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=dpi / 72)
        try:
            # pdfium writes BGR (3 bytes) for an opaque page, BGRx/BGRA (4) otherwise;
            # the 4-byte ones are Qt's RGB32/ARGB32 on little-endian machines.
            kind = PDFIUM_FORMATS.get(bitmap.format, QImage.Format.Format_RGB32)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, kind)
            return image.copy()  # own the pixels before pdfium frees them
        finally:
            bitmap.close()
    finally:
        page.close()


def open_externally(path: Path) -> bool:
    """Hand the file to the computer's own program for it; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PreviewPane(QWidget):
    """A PDF's pages with Print, Save as and Open with another program: in a dialog of
    its own, or beside the buttons that made it (the Reports tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_pane")
        self.path: Path | None = None
        self.pdf: object | None = None
        self.page_count = 0
        self.images: list[QImage] = []
        cat = window_catalogue()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = named(QScrollArea(), "pages")
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        self.pages_layout = QVBoxLayout(holder)
        self.pages_layout.setSpacing(12)
        self.scroll.setWidget(holder)
        holder.setStyleSheet("background: #8a8a8a;")
        layout.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        self.status = named(QLabel(), "preview_status")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.print_button = QPushButton(cat("window-preview-print"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.ask_to_print)
        self.save_button = QPushButton(cat("window-preview-save-as"))
        self.save_button.setObjectName("save_as")
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.open_button = QPushButton(cat("window-preview-open"))
        self.open_button.setObjectName("open_elsewhere")
        self.open_button.clicked.connect(self.open_elsewhere)
        self.folder_button = QPushButton(cat("window-preview-folder"))
        self.folder_button.setObjectName("open_folder")
        self.folder_button.clicked.connect(
            lambda: (
                self.path and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
            )
        )
        self.folder_button.hide()
        self.buttons = [self.print_button, self.save_button, self.open_button, self.folder_button]
        for button in self.buttons:
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(on)

    def show_pdf(self, path: Path) -> None:
        """Show ``path`` (drawn page by page as the window keeps turning)."""
        import pypdfium2

        self.close_document()
        self.path = Path(path)
        self.pdf = pypdfium2.PdfDocument(str(self.path))
        self.page_count = len(self.pdf)  # type: ignore[arg-type]
        self.status.setText(window_catalogue().plural("window-preview-pages", self.page_count))
        self.folder_button.hide()
        self._enable(True)
        QTimer.singleShot(0, self._draw_next)

    def close_document(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.images = []
        if self.pdf is not None:
            self.pdf.close()  # type: ignore[attr-defined]
            self.pdf = None
        self.page_count = 0
        self._enable(False)

    # ----- showing ------------------------------------------------------------------

    def rendered(self) -> int:
        """How many pages are drawn so far."""
        return len(self.images)

    def _draw_next(self) -> None:
        if self.pdf is None or self.rendered() >= self.page_count:
            return
        image = render_page(self.pdf, self.rendered(), SCREEN_DPI)
        self.images.append(image)
        label = named(QLabel(), f"page_{len(self.images)}")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.addWidget(label)
        self._fit(label, image)
        QTimer.singleShot(0, self._draw_next)

    def _fit(self, label: QLabel, image: QImage) -> None:
        width = max(200, self.scroll.viewport().width() - 40)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for i, image in enumerate(self.images):
            item = self.pages_layout.itemAt(i)
            if item is not None and isinstance(item.widget(), QLabel):
                self._fit(item.widget(), image)

    # ----- printing and keeping -------------------------------------------------------

    def ask_to_print(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setMinMax(1, max(1, self.page_count))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Send every page (or the chosen range) to ``printer``; return pages printed."""
        if self.pdf is None:
            return 0
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first and last else range(self.page_count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(window_catalogue()("window-preview-print-failed"))
            return 0
        try:
            target = painter.viewport()
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                image = render_page(self.pdf, index, dpi)
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
            return len(pages)
        finally:
            painter.end()

    def ask_where_to_save(self) -> None:
        if self.path is None:
            return
        cat = window_catalogue()
        chosen, _ = QFileDialog.getSaveFileName(
            self, cat("window-preview-save-as"), str(Path.home() / self.path.name), "PDF (*.pdf)"
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> None:
        if self.path is None:
            return
        if target.resolve() != self.path.resolve():
            shutil.copyfile(self.path, target)
        self.status.setText(window_catalogue()("window-preview-saved", file=str(target)))

    def open_elsewhere(self) -> bool:
        if self.path is None:
            return False
        opened = open_externally(self.path)
        if not opened:  # no PDF viewer on this computer: say so, offer the folder
            self.status.setText(window_catalogue()("window-preview-no-viewer"))
            self.folder_button.show()
        return opened


class PdfPreview(QDialog):
    """A PDF in a window of its own: its pages, Print, Save as, Open elsewhere, Close."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(window_catalogue()("window-preview-title", file=Path(path).name))
        layout = QVBoxLayout(self)
        self.pane = PreviewPane(self)
        layout.addWidget(self.pane, 1)
        close = QPushButton(window_catalogue()("window-preview-close"))
        close.setObjectName("close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.pane.layout().itemAt(1).layout().addWidget(close)
        self.resize(QSize(820, 900))
        self.pane.show_pdf(Path(path))

    def done(self, result: int) -> None:
        self.pane.close_document()
        super().done(result)
