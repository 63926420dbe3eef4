"""The windows' formatting: knotbreak.core.formatting's API, through QLocale.

LOCAL reads QLocale() (the system locale, or what QLocale.setDefault chose) at
every call, so a changed default applies at once. Only the primitives are
overridden; durations, plurals and the like are built on them in the core.

The C locale (LANG=C) reads as the core's English, as the app always did: its
QLocale date formats ('d MM yyyy') make poor chart labels.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from knotbreak.core.formatting import Formatter, WeekdayForm, _weekday_index

_YEAR = re.compile(r"[^dMy]*y+[^dMy]*")
"""A year in a QLocale date format, with the separators round it."""


class LocaleFormatter(Formatter):
    """Formatter for a QLocale: QLocale() at each call when locale is None."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._fixed = locale

    def locale(self) -> QLocale:
        locale = QLocale(self._fixed) if self._fixed is not None else QLocale()
        # The C locale leaves out group separators; numbers read '1,234' there as they always have.
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        return locale

    def _plain(self, locale: QLocale) -> bool:
        return locale.language() == QLocale.Language.C

    def number(self, value: float) -> str:
        locale = self.locale()
        if abs(value) >= 10 or float(value).is_integer():
            return locale.toString(float(value), "f", 0)
        text = locale.toString(float(value), "f", 1)
        return text.rstrip(locale.zeroDigit()).rstrip(locale.decimalPoint())

    def count(self, value: float) -> str:
        return self.locale().toString(int(round(value)))

    def weekday(self, day: date | int, form: WeekdayForm = "short") -> str:
        locale = self.locale()
        if self._plain(locale):
            return super().weekday(day, form)
        qt_day = _weekday_index(day) + 1
        if form == "long":
            return locale.dayName(qt_day, QLocale.FormatType.LongFormat)
        name = locale.dayName(qt_day, QLocale.FormatType.ShortFormat)
        if form == "initials":
            # English 'Mo', 'Tu' as before; elsewhere the short name without its dot ('Mo.' is 'Mo').
            return name[:2] if locale.language() == QLocale.Language.English else name.rstrip(".")
        return name

    def month(self, day: date) -> str:
        locale = self.locale()
        if self._plain(locale):
            return super().month(day)
        return locale.monthName(day.month, QLocale.FormatType.ShortFormat)

    def time_of_day(self, moment: datetime | time) -> str:
        locale = self.locale()
        if self._plain(locale):
            return super().time_of_day(moment)
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def day_label(self, day: date) -> str:
        """'3/31' (en_US), '31/03' (en_GB), '31.03.' (de_DE), '31/3' (es_ES): the short date without its year."""
        locale = self.locale()
        if self._plain(locale):
            return super().day_label(day)
        return locale.toString(_qdate(day), self._day_month_format(locale))

    def short_date(self, day: date, *, padded: bool = False) -> str:
        """'Tue 31 Mar' (en_GB), 'Tue Mar 31' (en_US), 'Di. 31. März' (de_DE)."""
        locale = self.locale()
        if self._plain(locale):
            return super().short_date(day, padded=padded)
        pattern = self._day_month_format(locale)
        number = locale.toString(_qdate(day), "dd" if padded else "d") + ("." if re.search(r"d\.", pattern) else "")
        month = self.month(day)
        month_first = pattern.find("M") < pattern.find("d")
        return f"{self.weekday(day)} {month} {number}" if month_first else f"{self.weekday(day)} {number} {month}"

    def long_date(self, day: date) -> str:
        locale = self.locale()
        if self._plain(locale):
            return super().long_date(day)
        return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)

    @staticmethod
    def _day_month_format(locale: QLocale) -> str:
        """The locale's short date format without the year: 'M/d', 'dd.MM.', 'yyyy-MM-dd' is 'MM-dd'."""
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        day_month = _YEAR.sub(lambda m: "." if m.group().startswith(".") and m.end() == len(pattern) else "", pattern)
        if "d" not in day_month or "M" not in day_month:
            return "M/d"
        return day_month.strip(" ,/-") or "M/d"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


LOCAL = LocaleFormatter()
"""The formatter for the windows: the locale QLocale() names at the time of the call."""
