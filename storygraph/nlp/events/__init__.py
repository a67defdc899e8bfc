"""Component `storygraph_events`: who did what to whom (PLOVER event types), from the parse spaCy made."""
from .component import Event, EventFinder, make_events

__all__ = ["Event", "EventFinder", "make_events"]
