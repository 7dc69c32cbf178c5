"""The story editor's fields laid out: a form above the body (headline, slug and
language, bylines, dateline, lede), the body, and a form below it (keywords, subjects,
urgency and embargo, the editorial note), their labels in one column for both forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from editorial.ui.editor.editor_fields import field_title, note_label

if TYPE_CHECKING:
    from editorial.ui.editor.story_editor import StoryEditor


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


def lay_out_fields(editor: StoryEditor) -> None:
    """Give `editor` its layout of its field widgets (made already)."""
    form = _form()
    form.addRow(field_title("headline"), editor.headline)
    slug_row = QHBoxLayout()
    slug_row.setSpacing(6)
    slug_row.addWidget(editor.slug, 1)
    slug_row.addWidget(QLabel(field_title("language"), editor))
    slug_row.addWidget(editor.language)
    form.addRow(field_title("slug"), slug_row)
    form.addRow(QCoreApplication.translate("StoryEditor", "By"), editor.bylines)
    form.addRow(field_title("dateline"), editor.dateline)
    form.addRow(field_title("lede"), editor.lede)

    bottom = _form()
    bottom.addRow(field_title("keywords"), editor.keywords)
    bottom.addRow(field_title("subjects"), editor.subjects)
    wire_row = QHBoxLayout()
    wire_row.setSpacing(6)
    wire_row.addWidget(editor.urgency)
    wire_row.addSpacing(12)
    wire_row.addWidget(QLabel(field_title("embargo"), editor))
    wire_row.addWidget(editor.embargo, 1)
    bottom.addRow(field_title("urgency"), wire_row)
    note_label_text = note_label()
    note_title = QLabel(note_label_text, editor)
    note_title.setObjectName("noteLabel")
    bottom.addRow(note_title, editor.note)
    _line_up_labels(editor, (form, bottom), note_label_text)

    column = QVBoxLayout(editor)
    column.setContentsMargins(10, 10, 10, 8)
    column.setSpacing(8)
    column.addLayout(form)
    column.addWidget(editor.body, 1)
    column.addLayout(bottom)


def _line_up_labels(editor: StoryEditor, forms: tuple[QFormLayout, ...], note_text: str) -> None:
    """Both forms' labels line up: the widest label sets the column for both, and each
    label sits level with the first line of its field, one-line or not."""
    metrics = QFontMetrics(editor.font())
    text_height = metrics.height()
    width = max(
        metrics.horizontalAdvance(text)
        for text in (
            *(field_title(n) for n in ("headline", "dateline", "keywords", "subjects")),
            *note_text.split("\n"),
        )
    )
    for part in forms:
        for row in range(part.rowCount()):
            item = part.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if not isinstance(label, QLabel):
                continue
            field_item = part.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = field_item.widget() if field_item is not None else None
            line = field if isinstance(field, QLineEdit) else editor.bylines
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            top = max(0, (line.sizeHint().height() - text_height) // 2)
            label.setContentsMargins(0, top, 0, 0)
