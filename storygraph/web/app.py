"""FastAPI app: search, article, person, timeline and network pages, and the same data as JSON."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..store import KnowledgeBase
from .highlight import highlight

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def create_app(db: str | Path) -> FastAPI:
    """The web app over one knowledge base file, opened read-only for every request."""
    db = Path(db)
    app = FastAPI(title="storygraph", description="Who said what, when: quotes, people and times from news articles.",
                  version="1")

    def kb() -> Iterator[KnowledgeBase]:
        k = KnowledgeBase(db, readonly=True)
        try:
            yield k
        finally:
            k.close()

    def page(request: Request, name: str, **ctx) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, ctx)

    # ------------------------------------------------------------ JSON API
    @app.get("/api/stats", tags=["api"])
    def api_stats(k: KnowledgeBase = Depends(kb)) -> dict:
        """Counts of articles, entities, quotes, times and failures."""
        return k.stats()

    @app.get("/api/search", tags=["api"])
    def api_search(q: str | None = Query(None, max_length=200, description="words to find in quotes"),
                   speaker: str | None = Query(None, max_length=100),
                   date_from: str | None = Query(None, alias="from", pattern=DATE),
                   date_to: str | None = Query(None, alias="to", pattern=DATE),
                   outlet: str | None = Query(None, max_length=100),
                   limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                   k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Quotes by words, speaker, date range (YYYY[-MM[-DD]]) and outlet."""
        return k.search(q, speaker, date_from, date_to, outlet, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str, k: KnowledgeBase = Depends(kb)) -> dict:
        """One article's Story (schema storygraph/1)."""
        story = k.story(article_id)
        if story is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return story.to_dict()

    @app.get("/api/entities/{entity_id}", tags=["api"])
    def api_entity(entity_id: int, k: KnowledgeBase = Depends(kb)) -> dict:
        """One person, organisation or country across articles: titles, quotes, companions."""
        e = k.entity(entity_id)
        if e is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return e

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(limit: int = Query(500, ge=1, le=5000), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Dated expressions across articles, oldest first."""
        return k.timeline(limit)

    @app.get("/api/network", tags=["api"])
    def api_network(min_weight: int = Query(1, ge=1), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Pairs of sources quoted in the same articles."""
        return k.network(min_weight)

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(entity: int | None = Query(None, description="only pairs where this entity acts or is acted on"),
                  limit: int = Query(200, ge=1, le=5000), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Actor → recipient pairs with event counts by PLOVER quad class and month."""
        return k.dyads(entity, limit)

    # --------------------------------------------------------------- pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str | None = Query(None, max_length=200),
                    speaker: str | None = Query(None, max_length=100),
                    date_from: str | None = Query(None, alias="from", pattern=DATE),
                    date_to: str | None = Query(None, alias="to", pattern=DATE),
                    outlet: str | None = Query(None, max_length=100), k: KnowledgeBase = Depends(kb)):
        results = k.search(q, speaker, date_from, date_to, outlet, limit=100)
        return page(request, "search.html", results=results, stats=k.stats(),
                    form={"q": q or "", "speaker": speaker or "", "from": date_from or "", "to": date_to or "", "outlet": outlet or ""})

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, k: KnowledgeBase = Depends(kb)):
        story = k.story(article_id)
        if story is None:
            raise HTTPException(404, f"no article {article_id!r}")
        entity_of = {r["actor_id"]: r["entity_id"] for r in
                     k.con.execute("SELECT actor_id, entity_id FROM actors WHERE article_id = ?", (article_id,))}
        d = story.to_dict()
        return page(request, "article.html", story=d, body=highlight(d, entity_of), entity_of=entity_of)

    @app.get("/person/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, entity_id: int, k: KnowledgeBase = Depends(kb)):
        e = k.entity(entity_id)
        if e is None:
            raise HTTPException(404, f"no entity {entity_id}")
        by_month = Counter((q["date"] or "")[:7] for q in e["quotes"] if q["date"])
        months = sorted(by_month)
        return page(request, "person.html", e=e, months=[(m, by_month[m]) for m in months],
                    peak=max(by_month.values(), default=1))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, k: KnowledgeBase = Depends(kb)):
        return page(request, "timeline.html", rows=k.timeline(1000))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, min_weight: int = Query(1, ge=1), k: KnowledgeBase = Depends(kb)):
        edges = k.network(min_weight, limit=150)
        nodes = sorted({(e["source"], e["source_name"]) for e in edges} | {(e["target"], e["target_name"]) for e in edges})
        import math

        pos = {}
        for n, (nid, name) in enumerate(nodes):
            angle = 2 * math.pi * n / max(len(nodes), 1)
            pos[nid] = (400 + 320 * math.cos(angle), 400 + 320 * math.sin(angle), name)
        return page(request, "network.html", edges=edges, pos=pos)

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request, entity: int | None = Query(None), k: KnowledgeBase = Depends(kb)):
        quads = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
        pairs: dict[tuple, dict] = {}
        for r in k.dyads(entity, limit=2000):
            d = pairs.setdefault((r["source_name"], r["target_name"]), {
                "source": r["source"], "target": r["target"], "source_name": r["source_name"],
                "target_name": r["target_name"], "counts": Counter(), "by_month": Counter()})
            d["counts"][r["quad"]] += r["events"]
            d["by_month"][r["month"]] += r["events"]
        rows = sorted(pairs.values(), key=lambda d: -sum(d["counts"].values()))
        for d in rows:
            d["months"] = sorted(d["by_month"].items())
        return page(request, "dyads.html", dyads=rows[:300], quads=quads)

    app.state.db = db
    return app
