"""Start at login on Windows: a value in HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."""

from __future__ import annotations

import subprocess
import sys
from typing import Protocol

from knotbreak.autostart import launch_command

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's "Disable" on the Startup tab goes: the Run value stays,
# and this one (an odd first byte) keeps Windows from running it.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
VALUE_NAME = "KnotBreak"


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations needed; errors are OSError, as winreg's are."""

    def get(self, key: str, name: str) -> str | bytes | None: ...

    def set_string(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value; a missing value or key is fine."""
        ...


class WinregRegistry:
    def get(self, key: str, name: str) -> str | bytes | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return value if isinstance(value, str | bytes) else None

    def set_string(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    def __init__(self, registry: Registry | None = None) -> None:
        self.registry: Registry = registry if registry is not None else WinregRegistry()

    @property
    def supported(self) -> bool:
        return True

    @property
    def where(self) -> str:
        return rf"HKEY_CURRENT_USER\{RUN_KEY}\{VALUE_NAME}"

    def enabled(self) -> bool:
        try:
            command = self.registry.get(RUN_KEY, VALUE_NAME)
            approval = self.registry.get(APPROVED_KEY, VALUE_NAME)
        except OSError:
            return False
        disabled = isinstance(approval, bytes) and len(approval) > 0 and approval[0] & 1 == 1
        return isinstance(command, str) and bool(command.strip()) and not disabled

    def set_enabled(self, on: bool) -> None:
        if on:
            self.registry.set_string(RUN_KEY, VALUE_NAME, subprocess.list2cmdline(launch_command()))
        else:
            self.registry.delete(RUN_KEY, VALUE_NAME)
        # Windows runs a Run entry with no approval value; a "disabled" left by Task Manager would override on.
        self.registry.delete(APPROVED_KEY, VALUE_NAME)
