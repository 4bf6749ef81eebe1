"""pausecoach: a terminal coach for taking a real break when a fight floods you."""

__version__ = "0.1.0"
