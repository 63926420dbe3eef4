"""The windows' formatting: knotbreak.core.formatting's API, through QLocale.

LOCAL reads QLocale() (the system locale, or what QLocale.setDefault chose) at
every call, so a changed default applies at once. Only the primitives are
overridden; durations, plurals and the like are built on them in the core.

The sentences that hold English words (units, plurals, streaks) are overridden
too, through Formatting.tr (the "Formatting" context), with Qt's %n
plurals; untranslated, they read exactly as the core's English.

The C locale (LANG=C) reads as the core's English, as the app always did: its
QLocale date formats ('d MM yyyy') make poor chart labels.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from knotbreak.core.formatting import Formatter, WeekdayForm, _weekday_index, whole_seconds
from knotbreak.qt.i18n import TranslationContext, fill

_YEAR = re.compile(r"[^dMy]*y+[^dMy]*")
"""A year in a QLocale date format, with the separators round it."""


class Formatting(TranslationContext):
    """The translation context of the words below: Formatting.tr(), which lupdate reads as a plural where
    QCoreApplication.translate(context, text, "", n) with a variable n is not (pyside6-lupdate 6.11)."""


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

    # The sentences with words in them: translatable, English as in the core. ---------------

    # Each call site names its string literally, for lupdate, and fills it with fill().

    def numerus(self, text: str, count: int) -> str:
        """A translated plural (tr("%n event(s)", "", count)) with its number the locale's way: '1,234 events'.

        Qt puts count into %n as plain digits; the first of them is swapped for self.count(count).
        """
        return text.replace(str(count), self.count(count), 1)

    def _numerus(self, text: str, source: str, count: int, english: str) -> str:
        """text, the translation of source ("%n minute(s)") for count; english when no translator had it.

        Qt puts count into %n as plain digits; they are swapped for the locale's ('1,234').
        """
        if text == source.replace("%n", str(count)):  # no translator knows it (no app, or none installed)
            return english
        return self.numerus(text, count)

    def duration(self, seconds: float, *, round_up: bool = False) -> str:
        seconds = max(0, int(round(seconds)))
        if round_up and seconds >= 60:
            seconds = -(-seconds // 60) * 60
        if seconds < 60:
            #: A duration in seconds, abbreviated: "45 s".
            return fill(Formatting.tr("%1 s"), self.count(seconds))
        minutes = seconds // 60
        if minutes < 60:
            #: A duration in minutes, abbreviated: "12 min".
            return fill(Formatting.tr("%1 min"), self.count(minutes))
        padded = self.count(minutes % 60).rjust(2, self.count(0))
        #: A duration in hours and minutes, abbreviated: "1 h 05 min" (%2 is padded to two digits).
        return fill(Formatting.tr("%1 h %2 min"), self.count(minutes // 60), padded)

    def total(self, seconds: float) -> str:
        return fill(Formatting.tr("%1 min"), self.count(0)) if round(seconds) <= 0 else self.duration(seconds)

    def about(self, seconds: float) -> str:
        minutes, rest = divmod(max(0, round(seconds)), 60)
        if minutes == 0:
            #: A rough length: "About 45 s".
            return fill(Formatting.tr("About %1 s"), self.count(rest))
        if not rest:
            #: A rough length: "About 4 min".
            return fill(Formatting.tr("About %1 min"), self.count(minutes))
        #: A rough length: "About 4 min 30 s".
        return fill(Formatting.tr("About %1 min %2 s"), self.count(minutes), self.count(rest))

    def in_words(self, seconds: float) -> str:
        minutes, rest = divmod(whole_seconds(seconds), 60)
        parts = []
        if minutes:
            text = Formatting.tr("%n minute(s)", "", minutes)
            parts.append(self._numerus(text, "%n minute(s)", minutes, self.plural(minutes, "minute")))
        if rest or not minutes:
            text = Formatting.tr("%n second(s)", "", rest)
            parts.append(self._numerus(text, "%n second(s)", rest, self.plural(rest, "second")))
        return " ".join(parts)

    def hours(self, hours: float) -> str:
        #: An axis value in hours: "1.5 h".
        return fill(Formatting.tr("%1 h"), self.number(hours))

    def minutes(self, minutes: float) -> str:
        return fill(Formatting.tr("%1 min"), self.number(minutes))

    def streak(self, days: int) -> str:
        if days <= 0:
            return Formatting.tr("No streak yet")
        #: Days in a row with a break taken: "12 days in a row".
        text = Formatting.tr("%n day(s) in a row", "", days)
        return self._numerus(text, "%n day(s) in a row", days, f"{self.plural(days, 'day')} in a row")

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
