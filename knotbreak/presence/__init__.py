""""Don't interrupt" probes: is a fullscreen window focused, is the camera in use. Qt-free."""

from knotbreak.presence.camera import CAMERA_PROBE_SUPPORTED, CameraProbe, camera_in_use
from knotbreak.presence.fullscreen import (
    FullscreenProbe,
    NoFullscreenProbe,
    X11FullscreenProbe,
    detect_fullscreen_probe,
)

__all__ = [
    "CAMERA_PROBE_SUPPORTED",
    "CameraProbe",
    "FullscreenProbe",
    "NoFullscreenProbe",
    "X11FullscreenProbe",
    "camera_in_use",
    "detect_fullscreen_probe",
]
