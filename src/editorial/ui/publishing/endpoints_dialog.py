"""Desk ▸ Publishing Endpoints…: the endpoints this library sends to, each edited in a
form (name, kind, URL, user, switched on, publishes on approval, and for WordPress whether
a kill moves the post to draft). The secret is typed into a password field and goes to
the system keyring only: it is never shown back, never kept in the settings, and an empty
field keeps the one the keyring has. Test Connection asks the endpoint (on a thread of its
own) and says in a line whether it answered and took the credentials.

Every check (a URL plain http:// only for this machine, a name already taken, no keyring)
is the publishing service's, said in the line under the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.publishing import ENDPOINT_KINDS, EndpointProfile
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.publishing.publishing_lane import run_off_gui
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.plural_text import number_text
from editorial.ui.shell.theme import current_theme
from editorial.ui.shell.visible_buttons import VisibleCheckBox

if TYPE_CHECKING:
    from editorial.services.publishing import PublishingService
    from editorial.ui.shell.tasks import TaskRunner

KIND_TITLES = {
    "ninjs-push": QT_TRANSLATE_NOOP("EndpointsDialog", "ninjs push (signed JSON)"),
    "wordpress": QT_TRANSLATE_NOOP("EndpointsDialog", "WordPress REST API"),
}
# In the list, without what the form's title adds in brackets.
KIND_NAMES = {"ninjs-push": "ninjs push", "wordpress": "WordPress REST API"}
SECRET_KEPT = QT_TRANSLATE_NOOP(
    "EndpointsDialog", "Kept in the system keyring; type a new one to replace it"
)
SECRET_NEW = QT_TRANSLATE_NOOP(
    "EndpointsDialog",
    "Token, shared secret or application password (goes to the system keyring)",
)
NEW_ENDPOINT = QT_TRANSLATE_NOOP("EndpointsDialog", "New endpoint")
INTRO = QT_TRANSLATE_NOOP(
    "EndpointsDialog",
    "Where approved stories are sent. Each secret is kept in the system keyring only: it "
    "is never shown here again, and never written to the library or the settings.",
)


class EndpointsDialog(QDialog):
    """`changed`: an endpoint was added, changed or removed (the outbox may differ)."""

    changed = Signal()

    def __init__(
        self, runner: TaskRunner, publishing: Callable[[], PublishingService],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("endpointsDialog")
        self.setWindowTitle(self.tr("Publishing Endpoints"))
        self._runner = runner
        self._publishing = publishing
        self.profiles: list[EndpointProfile] = []
        self.list = QListWidget(self)
        self.list.setObjectName("endpointList")
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.new_button = QPushButton(self.tr("New"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in ENDPOINT_KINDS:
            self.kind.addItem(self.tr(KIND_TITLES[kind]) if kind in KIND_TITLES else kind, kind)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://wire.example/ninjs"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("WordPress user name (not needed for ninjs push)"))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.enabled = VisibleCheckBox(self.tr("Switched on: deliveries go out"), self)
        self.on_approval = VisibleCheckBox(
            self.tr("Publish on approval (otherwise by hand: Send to…)"), self
        )
        self.kill_to_draft = VisibleCheckBox(
            self.tr("A kill moves the post to draft (not the trash)"), self
        )
        form_box = self.form_box = QGroupBox(self.tr(NEW_ENDPOINT), self)
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Secret"), self.secret)
        form.addRow("", self.enabled)
        form.addRow("", self.on_approval)
        form.addRow("", self.kill_to_draft)
        self.save_button = QPushButton(self.tr("Add"), self)
        self.test_button = QPushButton(self.tr("Test Connection"), self)
        self.answer = QLabel(self)
        self.answer.setObjectName("endpointResult")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addLayout(actions)
        right.addWidget(self.answer)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 5)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.resize(820, 440)
        self.start_new()
        self.reload()

    # The list

    def reload(self, select: str | None = None, message: str = "") -> None:
        publishing = self._publishing
        self._runner.database(lambda: publishing().endpoints(),
                              lambda found: self._show(found, select, message),
                              lambda error: self.say(self.tr(
                                  "The endpoints could not be read: {error}").format(
                                      error=error_text(error)
                                  ),
                                  False),
                              label="endpoints", receiver=self)  # fmt: skip

    def _show(self, profiles: list[EndpointProfile], select: str | None, message: str) -> None:
        self.profiles = profiles
        self.list.blockSignals(True)
        self.list.clear()
        for profile in profiles:
            kind = KIND_NAMES.get(profile.kind, profile.kind)
            if profile.enabled:
                shown = self.tr("{name}\n{kind} · {url}")
            else:
                shown = self.tr("{name}  (off)\n{kind} · {url}")
            self.list.addItem(shown.format(name=profile.name, kind=kind, url=profile.url))
        self.list.blockSignals(False)
        names = [p.name for p in profiles]
        if select in names:
            self.list.setCurrentRow(names.index(select))
        elif self.chosen is not None:
            self.start_new()  # the one edited is gone
        # else: a new endpoint's form, perhaps half typed, stays as it is
        if message:
            self.say(message, True)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.profiles):
            self.edit(self.profiles[row])

    # The form

    def start_new(self) -> None:
        self.list.clearSelection()
        self.chosen: EndpointProfile | None = None
        self._fill(EndpointProfile("", ENDPOINT_KINDS[0], "", "", True, True, False))
        self.save_button.setText(self.tr("Add"))
        self.form_box.setTitle(self.tr(NEW_ENDPOINT))
        self.secret.setPlaceholderText(self.tr(SECRET_NEW))
        self.remove_button.setEnabled(False)
        self.name.setFocus()

    def edit(self, profile: EndpointProfile) -> None:
        self.chosen = profile
        self._fill(profile)
        self.save_button.setText(self.tr("Save Changes"))
        self.form_box.setTitle(profile.name)
        self.secret.setPlaceholderText(self.tr(SECRET_KEPT))
        self.remove_button.setEnabled(True)

    def _fill(self, profile: EndpointProfile) -> None:
        self.name.setText(profile.name)
        self.name.setReadOnly(bool(profile.name))  # the keyring knows it by its name
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.kind.setEnabled(not profile.name)
        self.url.setText(profile.url)
        self.user.setText(profile.user)
        self.secret.clear()
        self.enabled.setChecked(profile.enabled)
        self.on_approval.setChecked(profile.publish_on_approval)
        self.kill_to_draft.setChecked(profile.kill_to_draft)
        self._kind_changed()
        self.answer.clear()

    def _kind_changed(self) -> None:
        wordpress = self.kind.currentData() == "wordpress"
        self.kill_to_draft.setVisible(wordpress)
        self.user.setEnabled(wordpress)
        self.url.setPlaceholderText(self.tr("https://news.example") if wordpress
                                    else self.tr("https://wire.example/ninjs"))  # fmt: skip

    def form_profile(self) -> EndpointProfile:
        return EndpointProfile(
            self.name.text().strip(), str(self.kind.currentData()), self.url.text().strip(),
            self.user.text().strip(), self.enabled.isChecked(), self.on_approval.isChecked(),
            self.kill_to_draft.isChecked() and self.kind.currentData() == "wordpress",
        )  # fmt: skip

    def say(self, message: str, good: bool) -> None:
        colour = current_theme().hex("state-delivered" if good else "state-failed")
        self.answer.setStyleSheet(f"color: {colour};")
        self.answer.setText(message)

    # What the buttons do

    def save(self) -> None:
        profile, secret, publishing = self.form_profile(), self.secret.text(), self._publishing
        adding = self.chosen is None

        def run() -> EndpointProfile:
            if adding:
                return publishing().add_endpoint(profile, secret)
            return publishing().update_endpoint(profile, secret or None)

        def done(kept: EndpointProfile) -> None:
            self.secret.clear()
            self.changed.emit()
            if adding:
                said = self.tr("{name} added; the secret is in the system keyring.")
            elif secret:
                said = self.tr("{name} saved; the secret is in the system keyring.")
            else:
                said = self.tr("{name} saved.")
            self.reload(kept.name, said.format(name=kept.name))

        self.say(self.tr("Saving…"), True)
        self._runner.database(run, done, lambda error: self.say(error_text(error), False),
                              label="keep endpoint", receiver=self)  # fmt: skip

    def remove(self) -> None:
        if self.chosen is None:
            return
        name, publishing = self.chosen.name, self._publishing

        def done(canceled: int) -> None:
            self.changed.emit()
            if canceled:
                said = self.tr(
                    "{name} removed, with its secret; {count} waiting deliveries canceled.",
                    "",
                    canceled,
                )
            else:
                said = self.tr("{name} removed, with its secret.")
            self.reload(None, said.format(name=name, count=number_text(canceled)))

        self._runner.database(lambda: publishing().remove_endpoint(name), done,
                              lambda error: self.say(error_text(error), False),
                              label="remove endpoint", receiver=self)  # fmt: skip

    def test(self) -> None:
        """As the form says (with the secret typed, else the keyring's), off the GUI
        thread and off the database lane: an endpoint may take seconds to answer."""
        profile, secret = self.form_profile(), self.secret.text() or None
        service = self._publishing()
        self.test_button.setEnabled(False)
        self.say(
            self.tr("Asking {endpoint}…").format(endpoint=profile.url or self.tr("the endpoint")),
            True,
        )

        def answered(line: str) -> None:
            self.test_button.setEnabled(True)
            self.say(f"✔ {error_text(line)}", True)

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.say(f"✘ {error_text(error)}", False)

        run_off_gui(self, lambda: service.check_connection(profile, secret), answered, failed)
