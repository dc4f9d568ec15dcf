"""Settings dialog controls built from the settings table (its widget kind, range,
choices, label and description), locked when IT locked the setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from advocate_desktop.settings.definitions import SETTINGS
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.settings.setting import TABLE_CONTEXT, Page, SettingDefinition, Widget


def table_text(text: str) -> str:
    """A label, description or choice of the table, in the interface language."""
    return QCoreApplication.translate(TABLE_CONTEXT, text) if text else ""


def locked_note() -> str:
    return QCoreApplication.translate("SettingControls", "Set by your organization.")


def lock_if_managed(settings: SettingsService, key: str, widget: QWidget) -> bool:
    """Disable ``widget`` with the organization's note when IT locked ``key``."""
    if not settings.is_locked(key):
        return False
    widget.setEnabled(False)
    widget.setToolTip(locked_note())
    widget.setAccessibleDescription(locked_note())
    return True


def build_control(
    definition: SettingDefinition, value: Any, save: Callable[[Any], None]
) -> QWidget:
    """The control of one entry showing ``value``; ``save`` receives each change
    (text fields: when editing finishes)."""
    description = table_text(definition.description)
    widget: QWidget
    if definition.widget is Widget.CHECKBOX:
        box = QCheckBox(table_text(definition.label))
        box.setChecked(bool(value))
        box.toggled.connect(save)
        widget = box
    elif definition.widget is Widget.SPINBOX:
        spin = QSpinBox()
        spin.setRange(definition.minimum or 0, definition.maximum or 2**31 - 1)
        if definition.suffix:
            spin.setSuffix(table_text(definition.suffix))
        if definition.zero_text:
            spin.setSpecialValueText(table_text(definition.zero_text))
        spin.setValue(int(value))
        spin.valueChanged.connect(save)
        widget = spin
    elif definition.widget is Widget.CHOICE:
        combo = QComboBox()
        for choice, label in zip(definition.choices, definition.choice_labels, strict=True):
            combo.addItem(table_text(label), choice)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.currentIndexChanged.connect(lambda _i: save(combo.currentData()))
        widget = combo
    elif definition.widget is Widget.TEXT:
        line = QLineEdit(str(value))
        line.editingFinished.connect(lambda: save(line.text().strip()))
        widget = line
    else:
        raise ValueError(f"{definition.key} builds its own control ({definition.widget})")
    widget.setObjectName(definition.key)
    widget.setToolTip(description)
    widget.setAccessibleDescription(description)
    return widget


def _saver(save: Callable[[str, Any], None], key: str) -> Callable[[Any], None]:
    return lambda value: save(key, value)


def add_controls(
    form: QFormLayout,
    page: Page,
    settings: SettingsService,
    save: Callable[[str, Any], None],
    *,
    only: tuple[str, ...] | None = None,
) -> dict[str, QWidget]:
    """Add the controls of ``page``'s table entries (or of ``only`` of them, in that
    order) to ``form``; the custom ones are left to the page.  Returns them by key."""
    keys = only or tuple(d.key for d in SETTINGS.values() if d.page is page)
    controls: dict[str, QWidget] = {}
    for key in keys:
        definition = SETTINGS[key]
        if definition.page is not page or definition.widget in (Widget.CUSTOM, Widget.NONE):
            continue
        control = build_control(definition, settings.get(key), _saver(save, key))
        lock_if_managed(settings, key, control)
        if definition.widget is Widget.CHECKBOX:
            form.addRow("", control)
        else:
            form.addRow(table_text(definition.label), control)
        controls[key] = control
    return controls
