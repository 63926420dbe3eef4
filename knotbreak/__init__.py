"""KnotBreak: counts real sitting time and guides short stretch breaks."""

__version__ = "0.1.0"
