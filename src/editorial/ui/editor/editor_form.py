"""The story editor's fields laid out: a form above the body (headline, slug and
language, bylines, dateline, lede), the body, and a form below it (keywords, subjects,
urgency and embargo, the editorial note), their labels in one column for both forms."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editorial.ui.editor.editor_fields import field_title, note_label


class StoryFields(Protocol):
    """The field widgets the layout places (the story editor's; read-only here, so a
    field of a narrower widget class fits). A protocol, not the editor's class: the
    editor imports this module, and this one must not import it back."""

    @property
    def headline(self) -> QWidget: ...
    @property
    def slug(self) -> QWidget: ...
    @property
    def language(self) -> QWidget: ...
    @property
    def bylines(self) -> QWidget: ...
    @property
    def dateline(self) -> QWidget: ...
    @property
    def lede(self) -> QWidget: ...
    @property
    def body(self) -> QWidget: ...
    @property
    def keywords(self) -> QWidget: ...
    @property
    def subjects(self) -> QWidget: ...
    @property
    def urgency(self) -> QWidget: ...
    @property
    def embargo(self) -> QWidget: ...
    @property
    def note(self) -> QWidget: ...


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


def lay_out_fields(editor: QWidget, fields: StoryFields) -> None:
    """Give `editor` its layout of `fields`, its field widgets (made already)."""
    form = _form()
    form.addRow(field_title("headline"), fields.headline)
    slug_row = QHBoxLayout()
    slug_row.setSpacing(6)
    slug_row.addWidget(fields.slug, 1)
    slug_row.addWidget(QLabel(field_title("language"), editor))
    slug_row.addWidget(fields.language)
    form.addRow(field_title("slug"), slug_row)
    form.addRow(QCoreApplication.translate("StoryEditor", "By"), fields.bylines)
    form.addRow(field_title("dateline"), fields.dateline)
    form.addRow(field_title("lede"), fields.lede)

    bottom = _form()
    bottom.addRow(field_title("keywords"), fields.keywords)
    bottom.addRow(field_title("subjects"), fields.subjects)
    wire_row = QHBoxLayout()
    wire_row.setSpacing(6)
    wire_row.addWidget(fields.urgency)
    wire_row.addSpacing(12)
    wire_row.addWidget(QLabel(field_title("embargo"), editor))
    wire_row.addWidget(fields.embargo, 1)
    bottom.addRow(field_title("urgency"), wire_row)
    note_label_text = note_label()
    note_title = QLabel(note_label_text, editor)
    note_title.setObjectName("noteLabel")
    bottom.addRow(note_title, fields.note)
    _line_up_labels(editor, fields.bylines, (form, bottom), note_label_text)

    column = QVBoxLayout(editor)
    column.setContentsMargins(10, 10, 10, 8)
    column.setSpacing(8)
    column.addLayout(form)
    column.addWidget(fields.body, 1)
    column.addLayout(bottom)


def _line_up_labels(
    editor: QWidget, bylines: QWidget, forms: tuple[QFormLayout, ...], note_text: str
) -> None:
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
            line = field if isinstance(field, QLineEdit) else bylines
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            top = max(0, (line.sizeHint().height() - text_height) // 2)
            label.setContentsMargins(0, top, 0, 0)
