"""Where KnotBreak keeps its files, per user (platformdirs)."""

from __future__ import annotations

import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "knotbreak"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    runtime_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def routines_dir(self) -> Path:
        return self.config_dir / "routines"

    @property
    def socket_path(self) -> Path:
        return self.runtime_dir / "control.sock"

    @property
    def lock_file(self) -> Path:
        return self.runtime_dir / "instance.lock"

    @classmethod
    def for_user(cls) -> Paths:
        with warnings.catch_warnings():
            # Without XDG_RUNTIME_DIR platformdirs falls back to a private
            # /tmp folder and warns; that fallback is fine for us.
            warnings.simplefilter("ignore")
            runtime = platformdirs.user_runtime_dir(APP_NAME)
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
            runtime_dir=Path(runtime),
        )

    def ensure_runtime_dir(self) -> Path:
        """Create the runtime folder readable by the owner only, and check nobody else owns it."""
        self.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            info = self.runtime_dir.stat()
            if info.st_uid != os.getuid():
                raise PermissionError(f"{self.runtime_dir} belongs to another user")
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(self.runtime_dir, 0o700)
        return self.runtime_dir
