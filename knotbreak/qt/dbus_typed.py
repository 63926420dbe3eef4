"""Typed D-Bus calls from PySide6: methods whose arguments must be uint32 and the like.

PySide6 sends a Python int as int32, and services built on GDBus or QtDBus
refuse a call whose signature differs from theirs. A QDBusInterface whose
methods QtDBus knows in Qt types sends the right ones (Q_ARG("uint", ...)). It
learns them by introspection, and caches the result per connection under the
interface name. teach_interface() feeds that cache from a local QObject that
declares the methods as slots, so the remote service is never introspected
(GDBus services send no Qt type annotations, without which a{sv} is unusable).
See notifications.py for the whole story.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface

SPEC_PATH = "/org/knotbreak/InterfaceSpec"  # on our own connection, for a moment


def teach_interface(bus: QDBusConnection, spec: QObject, interface: str) -> bool:
    """Make QtDBus know `interface`'s methods as `spec` (a QObject with a "D-Bus Interface" ClassInfo) declares them.

    False if the spec could not be registered; calls then go untyped.
    """
    if not bus.registerObject(SPEC_PATH, spec, QDBusConnection.RegisterOption.ExportAllSlots):
        return False
    try:
        # Introspects spec, locally; QtDBus keeps the methods for `interface` on this connection.
        QDBusInterface(bus.baseService(), SPEC_PATH, interface, bus)
    finally:
        bus.unregisterObject(SPEC_PATH)
    return True
