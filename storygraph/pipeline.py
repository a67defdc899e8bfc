"""The analysis: one spaCy Language per language, the model's components then ours; Doc → Story."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .budget import Budget, TimeLimit, deadline, time_error, word_error
from .lang import MODELS, supported
from .nlp import events, figures, mentions, paragraphs, quotes, reference, times  # noqa: F401  (registers the factories)
from .nlp.attributes import replace_ruler
from .nlp.lemmas import index_as_sets
from .nlp.index import TEXT_KEY
from .nlp.quotes import split_glued_marks
from .nlp.times import date_report
from .read import Article, from_text, validate
from .story import Story

#: Model components nothing of ours reads, left out at load (measured on long articles: the French
#: attribute_ruler only copies POS into TAG, 3% of the model's time; no component reads TAG).
#: English's attribute_ruler maps tags to parts of speech, morphology and some lemmas: it stays, applied as a
#: table (nlp/attributes.py, same attributes, measured on the English dev texts: 1.20 s of CPU → see README).
EXCLUDE = {"fr": ("attribute_ruler",)}

#: Our components, in order; each reads what the previous ones left on the Doc.
COMPONENTS = ("storygraph_mentions", "storygraph_quotes", "storygraph_reference", "storygraph_times", "storygraph_events",
              "storygraph_figures")


def build_nlp(lang: str = "fr", model: str | None = None) -> Language:
    """Load the language's spaCy model and add storygraph's components to it."""
    if lang not in MODELS:
        raise LookupError(f"language '{lang}' is not supported (supported: {', '.join(supported())})")
    from .lang.models import model_name

    try:
        name = model or model_name(lang)
        nlp = spacy.load(name, exclude=list(EXCLUDE.get(lang, ())))
    except OSError as e:
        raise RuntimeError(str(e) if "install" in str(e) else f"spaCy model for '{lang}' could not be loaded: {e}") from e
    replace_ruler(nlp)
    index_as_sets(nlp)
    split_glued_marks(nlp)
    keep_compounds(nlp, lang)
    nlp.add_pipe("storygraph_paragraphs", before="parser", config={"lang": lang})
    for comp in COMPONENTS:
        nlp.add_pipe(comp, config={"lang": lang})
    return nlp


def keep_compounds(nlp: Language, lang: str) -> None:
    """Teach the tokenizer the hyphenated nouns of the language's grammar data it would cut ('état-major')."""
    from spacy.attrs import ORTH

    from .lang import resource

    for word in resource(lang, "grammar").get("compound_nouns", []):
        for form in {word, word[:1].upper() + word[1:], word.replace("é", "e", 1).capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


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


def analyze(text: str, date: str | None = None, id: str | None = None, lang: str = "auto",
            detect: bool = True, budget: Budget | None = None) -> Story:
    """Analyse one article's text (an optional leading 'date …' line is honoured) into a Story."""
    art = from_text(text, id=id)
    art.date = date or art.date
    return next(analyze_many([art], lang=lang, detect=detect, budget=budget))


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


def analyze_many(articles: Iterable[Article], lang: str = "auto", batch_size: int = 16,
                 detect: bool = True, workers: int = 1, budget: Budget | None = None) -> Iterator[Story]:
    """Analyse Articles as a stream (model loaded once per process), in input order; failed ones come out
    as Stories with errors. `lang="auto"` sends each article to its own language's pipeline (lingua decides);
    a language code forces one. With `workers` > 1, batches are analysed in that many processes. Each article
    stays within `budget` (longest word, analysis time) or fails alone with "too long to analyse"."""
    budget = budget or Budget()
    if workers > 1:
        yield from _parallel(articles, lang, batch_size, detect, workers, budget)
        return
    if lang == "auto":
        yield from _route(articles, batch_size, budget)
        return
    from contextlib import ExitStack

    nlp = get_nlp(lang)
    pending: list[Article] = []
    with _fewer_collections(), ExitStack() as zone:
        in_zone, zoned = 0, False

        def open_zone() -> None:
            nonlocal in_zone, zoned
            if not zoned and _warmed.get(id(nlp), 0) >= WARM_ARTICLES:
                zone.enter_context(nlp.memory_zone())
                zoned, in_zone = True, 0

        def flush() -> Iterator[Story]:
            nonlocal in_zone, zoned
            yield from _flush(nlp, pending, batch_size, budget)
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
            _admit(art, lang, detect, budget)
            if art.error is not None:
                yield from flush()
                yield failed(art, art.error)
                continue
            art.lang = art.lang or lang
            pending.append(art)
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()


#: allocations between two collections of the garbage collector's youngest generation while articles are analysed
#: (Python's default is 700): the components make and drop hundreds of thousands of small objects per article,
#: almost none in reference cycles (each Doc's are broken once its Story is made); each collection walks the young
#: objects still alive (measured on the English dev texts: time in collections 0.12 s → 0.02 s per 84 articles)
GC_YOUNG = 10_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the youngest generation less often for the time of an analysis; the caller's setting comes back
    when the stream ends or is closed."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _route(articles: Iterable[Article], batch_size: int, budget: Budget) -> Iterator[Story]:
    """Each article to the pipeline of its own language (lingua decides, a record's own 'lang' first), in input
    order: runs of one language go through one pipeline; a language without resources or model fails alone."""
    from itertools import groupby

    from .language import language_of

    def keyed() -> Iterator[tuple[str, Article]]:
        for art in articles:
            try:
                yield language_of(art), art
            except Exception as e:  # noqa: BLE001 — a text the detector chokes on fails alone
                art.error = art.error or f"language could not be identified: {type(e).__name__}"
                yield "fr", art

    for lang, group in groupby(keyed(), key=lambda pair: pair[0]):
        arts = [a for _, a in group] if lang not in supported() else (a for _, a in group)
        if lang not in supported():
            for art in arts:
                yield failed(art, art.error or f"language '{lang}' is not supported (supported: {', '.join(supported())})")
            continue
        try:
            get_nlp(lang)
        except (RuntimeError, LookupError) as e:  # no model installed for that language: each article says how
            for art in arts:
                yield failed(art, str(e))
            continue
        except Exception as e:  # noqa: BLE001 — a language whose data does not load fails its articles, not the run
            for art in arts:
                yield failed(art, f"the '{lang}' pipeline could not be built: {type(e).__name__}: {e}")
            continue
        yield from analyze_many(arts, lang=lang, batch_size=batch_size, detect=False, budget=budget)


def _admit(art: Article, lang: str, detect: bool, budget: Budget) -> None:
    """The checks before any analysis: a valid record, words the tokenizer can take, the expected language."""
    from .language import check_language

    try:
        validate(art)
        if art.error is None:
            art.error = word_error(art.text, budget)
        if art.error is None and detect:
            art.error = check_language(art, lang)
    except Exception as e:  # noqa: BLE001 — a record the checks themselves choke on fails alone
        art.error = f"could not be checked: {type(e).__name__}: {e}"


def _work(batch: list[Article], lang: str, batch_size: int, detect: bool, budget: Budget) -> list[Story]:
    return list(analyze_many(batch, lang, batch_size, detect, budget=budget))


def _leave_interrupts_to_parent() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which stops its workers


def _parallel(articles: Iterable[Article], lang: str, batch_size: int, detect: bool, workers: int, budget: Budget,
              work=_work) -> Iterator[Story]:
    """Batches to a pool of processes, a bounded number in flight, results in input order: a 1 GB input never
    sits in memory and output starts with the first batch. A worker that dies (out of memory, a crash in native
    code) costs only the article that killed it: its batch is retried one article at a time in a new pool."""
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_leave_interrupts_to_parent)

    def submit(batch: list[Article]) -> Future:
        try:
            return pool.submit(work, batch, lang, batch_size, detect, budget)
        except BrokenProcessPool as e:  # broken while earlier batches were still in flight: sent again below
            future: Future = Future()
            future.set_exception(e)
            return future

    it = iter(articles)
    pool = new_pool()
    inflight: deque = deque()
    finished = False
    try:
        while True:
            while len(inflight) < 2 * workers:
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                inflight.append((batch, submit(batch)))
            if not inflight:
                finished = True
                return
            batch, future = inflight.popleft()
            try:
                stories = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
                stories = []
                for art in batch:
                    try:
                        stories += submit([art]).result()
                    except BrokenProcessPool:
                        stories.append(failed(art, "analysis failed: the process analysing it died"))
                        pool.shutdown(wait=True, cancel_futures=True)
                        pool = new_pool()
                # the batches in flight in the broken pool are sent again, those already done are kept
                inflight = deque((b, f if f.done() and not f.cancelled() and f.exception() is None else submit(b))
                                 for b, f in inflight)
            yield from stories
    finally:
        if finished:
            pool.shutdown()
        else:  # stopped early (Ctrl-C, an error downstream): workers still analysing are stopped, not awaited
            workers_left = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for p in workers_left:
                p.terminate()


def _story(doc: Doc, art: Article) -> Story:
    try:
        return to_story(doc, art)
    except Exception as e:  # noqa: BLE001 — a bug on one article must not lose the batch
        return failed(art, f"analysis failed: {type(e).__name__}: {e}")
    finally:
        # the components' records and indexes (Spans among them) point back at the Doc: left in place, every Doc
        # waits in a reference cycle for a full collection of the garbage collector, which then walks them all
        doc.user_data.clear()


def _alone(nlp: Language, art: Article, budget: Budget) -> Story:
    """One article analysed by itself, inside its own guard and time limit."""
    try:
        with deadline(budget.time_limit):
            doc = nlp(_doc_for(nlp, art))
        return _story(doc, art)
    except TimeLimit:
        return failed(art, time_error(budget))
    except Exception as e:  # noqa: BLE001 — reported on this article's Story; the batch goes on
        return failed(art, f"analysis failed: {type(e).__name__}: {e}")


def _flush(nlp: Language, batch: list[Article], batch_size: int, budget: Budget) -> list[Story]:
    """A batch's Stories, analysed together (the model runs faster on batches). When the batch raises or runs
    out of time, the articles not yet done are analysed one by one, so only the culprit fails."""
    if not batch:
        return []
    out: list[Story] = []
    try:
        # the clock restarts as each article comes out: the time limit is per article, not per batch
        with deadline(budget.time_limit) as clock:
            for art, doc in zip(batch, nlp.pipe((_doc_for(nlp, a) for a in batch), batch_size=batch_size)):
                out.append(_story(doc, art))
                clock.restart()
    except TimeLimit:
        if out:
            # the model had parsed the whole batch before the first article came out: since then only our
            # components ran, on the article after the last one out
            out.append(failed(batch[len(out)], time_error(budget)))
    except Exception:  # noqa: BLE001 — which article raised is found by analysing the rest one by one
        pass
    out.extend(_alone(nlp, art, budget) for art in batch[len(out):])
    return out


if not Doc.has_extension("sg_date"):
    Doc.set_extension("sg_date", default=None)
