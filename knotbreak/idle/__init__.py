"""How long since the last keyboard or mouse input, on each desktop: see base.IdleSource."""

from knotbreak.idle.base import IdleSource, NoIdleSource
from knotbreak.idle.detect import detect_idle_source

__all__ = ["IdleSource", "NoIdleSource", "detect_idle_source"]
