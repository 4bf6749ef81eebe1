"""Free the memory of a screen that was left behind, so the next screens reuse it."""

from __future__ import annotations

import gc

from textual._styles_cache import StylesCache


def sweep_left_screens() -> None:
    """Drop Textual's hold on departed widgets' line caches, then collect their cycles."""
    # StylesCache.get_inner_outer is an lru_cache(1024) on a method, so its keys hold every
    # widget's StylesCache, and with it that widget's rendered lines (Strips, each with seven
    # small caches), long after the widget is gone: 2,500 Strips and 17,600 FIFOCaches by the
    # summary of one pause. The cache only saves making two Styles; emptying it costs nothing.
    StylesCache.get_inner_outer.cache_clear()
    # Widgets left behind are held in reference cycles that the collector's rare full pass
    # would free only much later: the next screens would grow the peak instead.
    gc.collect()
