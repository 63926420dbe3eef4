"""How long since the last keyboard or mouse input, on each desktop: see base.IdleSource."""

from knotbreak.idle.base import IdleSource, NoIdleSource
from knotbreak.idle.detect import IdleChoice, Rejection, choose_idle_source, detect_idle_source
from knotbreak.idle.supervisor import IdleSupervisor

__all__ = ["IdleChoice", "IdleSource", "IdleSupervisor", "NoIdleSource", "Rejection", "choose_idle_source", "detect_idle_source"]
