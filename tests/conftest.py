"""Shared fixtures: one French pipeline for the whole session (loading it takes seconds)."""
import pytest


@pytest.fixture(scope="session")
def nlp():
    from storygraph.pipeline import get_nlp

    return get_nlp("fr")


@pytest.fixture(scope="session")
def analyze(nlp):
    from storygraph import analyze

    return analyze
