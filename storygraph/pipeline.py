"""The analysis: one spaCy Language per language, the model's components then ours; Doc → Story."""
from __future__ import annotations

import gc
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .lang import MODELS, supported
from .nlp import events, figures, mentions, paragraphs, quotes, reference, times  # noqa: F401  (registers the factories)
from .nlp.index import TEXT_KEY
from .nlp.times import date_report
from .read import Article, from_text
from .story import Story

#: Model components nothing of ours reads, left out at load (measured on long articles: the French
#: attribute_ruler only copies POS into TAG, 3% of the model's time; no component reads TAG).
EXCLUDE = ("attribute_ruler",)

#: Our components, in order; each reads what the previous ones left on the Doc.
COMPONENTS = ("storygraph_mentions", "storygraph_quotes", "storygraph_reference", "storygraph_times", "storygraph_events",
              "storygraph_figures")


def build_nlp(lang: str = "fr", model: str | None = None) -> Language:
    """Load the language's spaCy model and add storygraph's components to it."""
    if lang not in MODELS:
        raise LookupError(f"language '{lang}' is not supported (supported: {', '.join(supported())})")
    name = model or MODELS[lang]
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDE))
    except OSError as e:
        raise RuntimeError(f"spaCy model '{name}' is not installed: pip install {name}") from e
    nlp.add_pipe("storygraph_paragraphs", before="parser", config={"lang": lang})
    for comp in COMPONENTS:
        nlp.add_pipe(comp, config={"lang": lang})
    return nlp


@lru_cache(maxsize=4)
def get_nlp(lang: str = "fr", model: str | None = None) -> Language:
    """The process-wide pipeline for a language, loaded once."""
    nlp = build_nlp(lang, model)
    # the model's millions of objects live as long as the process: moved out of the garbage collector's
    # reach, full collections stop rescanning them (measured: GC time per 100 long articles 0.7 s → 0.07 s),
    # and forked workers no longer dirty the pages they share with the parent
    gc.freeze()
    return nlp


def to_story(doc: Doc, art: Article) -> Story:
    """Copy the components' plain records off the Doc into a Story, with what is known of its date."""
    # a date that came with no source was given by the caller
    date, date_source, warnings = date_report(art.date, art.date_source or ("input" if art.date else None),
                                              doc._.sg_stated_dates or [], doc._.sg_date_guess)
    return Story(id=art.id, text=art.text, date=date, date_source=date_source, lang=art.lang or "fr", url=art.url,
                 title=art.title, actors=doc._.sg_actors or [], quotes=doc._.sg_quotes or [],
                 times=doc._.sg_times or [], events=doc._.sg_events or [], figures=doc._.sg_figures or [],
                 warnings=warnings, errors=list(doc._.sg_errors or []), source=art.source)


def failed(art: Article, reason: str) -> Story:
    """A Story that records why its article could not be analysed."""
    source = (art.date_source or "input") if art.date else None
    return Story(id=art.id, text=art.text, date=art.date, date_source=source, lang=art.lang, url=art.url,
                 title=art.title, errors=[reason], source=art.source)


def _doc_for(nlp: Language, art: Article) -> Doc:
    doc = nlp.make_doc(art.text)
    doc._.sg_date = art.date
    # the tokenizer is lossless: the text is the input, so no component has spaCy rebuild it token by token
    doc.user_data[TEXT_KEY] = art.text
    return doc


def analyze(text: str, date: str | None = None, id: str | None = None, lang: str = "fr",
            detect: bool = True) -> Story:
    """Analyse one article's text (an optional leading 'date …' line is honoured) into a Story."""
    art = from_text(text, id=id)
    art.date = date or art.date
    return next(analyze_many([art], lang=lang, detect=detect))


#: Articles analysed inside one spaCy memory zone. The zone frees the strings an article added to the
#: vocabulary, so memory stays flat over any corpus (bench/throughput --growth: −21% from article 500 to
#: 2,000); re-adding the common ones after every small batch is wasted work, so one zone spans many batches.
ZONE_ARTICLES = 256

#: Articles analysed before the first zone opens. spaCy's tokenizer caches nothing inside a memory zone, and
#: tokenizing uncached is 10–25× slower (≈ 8% of the whole parse on long articles); the chunks cached from
#: these first articles (its cache holds at most 10,000) serve every later zone. Their strings stay: a bounded,
#: one-time cost per process (counted per pipeline, since a worker analyses many small streams).
WARM_ARTICLES = 32
_warmed: dict[int, int] = {}


def analyze_many(articles: Iterable[Article], lang: str = "fr", batch_size: int = 16,
                 detect: bool = True, workers: int = 1) -> Iterator[Story]:
    """Analyse Articles as a stream (model loaded once per process), in input order; failed ones come out
    as Stories with errors. With `workers` > 1, batches are analysed in that many processes."""
    if workers > 1:
        yield from _parallel(articles, lang, batch_size, detect, workers)
        return
    from contextlib import ExitStack

    from .language import check_language

    nlp = get_nlp(lang)
    pending: list[Article] = []
    with ExitStack() as zone:
        in_zone, zoned = 0, False

        def open_zone() -> None:
            nonlocal in_zone, zoned
            if not zoned and _warmed.get(id(nlp), 0) >= WARM_ARTICLES:
                zone.enter_context(nlp.memory_zone())
                zoned, in_zone = True, 0

        def flush() -> Iterator[Story]:
            nonlocal in_zone, zoned
            yield from _flush(nlp, pending, batch_size)
            if zoned:
                in_zone += len(pending)
            else:
                _warmed[id(nlp)] = _warmed.get(id(nlp), 0) + len(pending)
            pending.clear()
            if zoned and in_zone >= ZONE_ARTICLES:
                zone.close()  # strings of the articles analysed so far go; a new zone opens
                zoned = False
            open_zone()

        open_zone()

        for art in articles:
            if art.error is None and detect:
                art.error = check_language(art, lang)
            if art.error is not None:
                yield from flush()
                yield failed(art, art.error)
                continue
            art.lang = art.lang or lang
            pending.append(art)
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()


def _work(batch: list[Article], lang: str, batch_size: int, detect: bool) -> list[Story]:
    return list(analyze_many(batch, lang, batch_size, detect))


def _parallel(articles: Iterable[Article], lang: str, batch_size: int, detect: bool, workers: int) -> Iterator[Story]:
    """Batches to a pool of processes, a bounded number in flight, results in input order: a 1 GB input never
    sits in memory and output starts with the first batch."""
    import multiprocessing as mp
    from collections import deque
    from itertools import islice

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    it = iter(articles)
    with ctx.Pool(workers) as pool:
        inflight: deque = deque()
        while True:
            while len(inflight) < 2 * workers:
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                inflight.append(pool.apply_async(_work, (batch, lang, batch_size, detect)))
            if not inflight:
                return
            yield from inflight.popleft().get()


def _flush(nlp: Language, batch: list[Article], batch_size: int) -> Iterator[Story]:
    if not batch:
        return
    docs = nlp.pipe((_doc_for(nlp, a) for a in batch), batch_size=batch_size)
    for art, doc in zip(list(batch), docs):
        try:
            yield to_story(doc, art)
        except Exception as e:  # a bug on one article must not lose the batch
            yield failed(art, f"analysis failed: {type(e).__name__}: {e}")


if not Doc.has_extension("sg_date"):
    Doc.set_extension("sg_date", default=None)
