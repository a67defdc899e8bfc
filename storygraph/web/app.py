"""FastAPI app: search, articles, people, timeline, dyads, network and map pages, and the same data as JSON or CSV.

Every parameter is bounded (no input gives a 500), every page is French from `locales/fr.json`, the API docs
are served from the package (no CDN), and the knowledge base is opened read-only for each request.
"""
from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import KnowledgeBase
from ..store.db import EventFilter, QuoteFilter
from .highlight import highlight
from .i18n import date_words, month_words, strings
from .worldmap import HEIGHT, WIDTH, paths

DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty: a form field left blank
MONTH = r"^\d{4}-\d{2}$"
MAX_ID = 2**63 - 1
PAGE = 20
MAX_EXPORT = 10_000
DOCS_STATIC = "/static-docs"
#: swagger-ui's own colours, darkened where they are too pale to read (WCAG AA contrast)
DOCS_CSS = (".swagger-ui .info .title small pre, .swagger-ui .info .url { color: #1d2330; } "
            ".swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1f4fb8; } "
            ".swagger-ui .json-schema-2020-12-expand-deep-button { color: #3b3b3b; }")
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_url(url: Any) -> str | None:
    """An article's URL if it is a web address (http or https), else None: a 'javascript:' or 'data:' URL
    never becomes a link."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(ord(c) < 32 for c in u):
        return None
    return u


def csv_cell(v: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting with a formula character gets a leading quote."""
    if isinstance(v, str) and v.startswith(FORMULA):
        return "'" + v
    return v


def as_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """Rows as CSV text with the given columns."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(columns)
    for r in rows:
        w.writerow([csv_cell(r.get(c)) for c in columns])
    return out.getvalue()


def query_string(params: dict[str, Any], **change: Any) -> str:
    """The current query string with some parameters changed (None removes one)."""
    merged = {**params, **change}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def create_app(db: str | Path, lang: str = "fr") -> FastAPI:
    """The web app over one knowledge base file, opened read-only for every request."""
    db = Path(db)
    t = strings(lang)
    # the API docs come from the package (swagger-ui bundled by fastapi-offline): they render with no network
    app = FastAPIOffline(title="storygraph", version="1", docs_url=None, redoc_url=None, static_url=DOCS_STATIC,
                         description="Qui a dit quoi, quand : citations, personnes, événements et dates tirés "
                                     "d'articles de presse (base de connaissances en lecture seule).")

    def kb() -> Iterator[KnowledgeBase]:
        k = KnowledgeBase(db, readonly=True, lang=lang)
        try:
            yield k
        finally:
            k.close()

    env = TEMPLATES.env
    env.globals.update(t=t, date_words=lambda *a, **k: date_words(*a, lang=lang, **k), month_words=month_words,
                       safe_url=safe_url, quads=list(t["quads"]), query_string=query_string, world=paths,
                       map_size=(WIDTH, HEIGHT))

    def page(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, {"params": dict(request.query_params), **ctx},
                                          status_code=status)

    def pager(total: int, offset: int, limit: int) -> dict[str, int]:
        pages = max(1, math.ceil(total / limit))
        return {"total": total, "first": offset + 1 if total else 0, "last": min(total, offset + limit),
                "page": offset // limit + 1, "pages": pages, "limit": limit}

    # ------------------------------------------------------------------ guards
    @app.middleware("http")
    async def no_nul(request: Request, call_next: Callable):
        raw = request.scope.get("query_string", b"").decode("latin-1")
        if "%00" in raw or "\x00" in request.url.path or "%00" in request.scope.get("raw_path", b"").decode("latin-1"):
            return error_response(request, 422, "NUL")
        return await call_next(request)

    def error_response(request: Request, status: int, detail: Any) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
            return JSONResponse({"detail": detail}, status_code=status)
        key = str(status) if str(status) in t["errors"] else ("404" if status == 404 else "500" if status >= 500 else "400")
        if isinstance(detail, list):
            detail = "; ".join(f"{'.'.join(str(x) for x in d.get('loc', [])[1:])} : {d.get('msg', '')}" for d in detail)
        return TEMPLATES.TemplateResponse(request, "error.html", {"status": status, "key": key, "detail": str(detail),
                                                                  "params": {}}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return error_response(request, 422, [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "")}
                                             for e in exc.errors()])

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):  # never a bare traceback page
        return error_response(request, 500, t["errors"]["500_text"])

    # ------------------------------------------------------------ parameters
    def quote_filter(q: str | None = Query(None, max_length=200, description="mots cités ou noms d'orateurs"),
                     speaker: str | None = Query(None, max_length=100, description="un nom ou un sigle : toutes ses formes"),
                     entity: int | None = Query(None, ge=1, le=MAX_ID, description="identifiant d'entité"),
                     date_from: str | None = Query(None, alias="from", pattern=DATE),
                     date_to: str | None = Query(None, alias="to", pattern=DATE),
                     outlet: str | None = Query(None, max_length=100),
                     type: str | None = Query(None, pattern="^(direct|indirect|mixed)?$"),
                     year: int | None = Query(None, ge=1, le=9999),
                     sort: str = Query("date", pattern="^(date|date_asc|relevance)$")) -> QuoteFilter:
        return QuoteFilter(q=q or None, speaker=speaker or None, entity=entity, date_from=date_from or None,
                           date_to=date_to or None,
                           outlet=outlet or None, type=type or None, year=year, sort=sort)

    def event_filter(actor: int | None = Query(None, ge=1, le=MAX_ID), recipient: int | None = Query(None, ge=1, le=MAX_ID),
                     actor_name: str | None = Query(None, max_length=200), recipient_name: str | None = Query(None, max_length=200),
                     entity: int | None = Query(None, ge=1, le=MAX_ID),
                     quad: str | None = Query(None, pattern="^(verbal|material) (cooperation|conflict)$"),
                     type: str | None = Query(None, pattern="^[A-Z]{2,12}$"), month: str | None = Query(None, pattern=MONTH),
                     date_from: str | None = Query(None, alias="from", pattern=DATE),
                     date_to: str | None = Query(None, alias="to", pattern=DATE),
                     sort: str = Query("date", pattern="^(date|date_asc)$")) -> EventFilter:
        return EventFilter(actor=actor, recipient=recipient, actor_name=actor_name or None,
                           recipient_name=recipient_name or None, entity=entity, quad=quad, type=type, month=month,
                           date_from=date_from, date_to=date_to, sort=sort)

    Offset = Query(0, ge=0, le=1_000_000)
    Limit = Query(50, ge=1, le=MAX_EXPORT)
    Format = Query("json", pattern="^(json|csv)$", description="json, or csv to download")
    Page = Query(1, ge=1, le=100_000, alias="page")

    def listing(result: dict[str, Any], fmt: str, name: str, columns: list[str],
                row: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
        if fmt == "csv":
            body = as_csv([row(r) for r in result["results"]], columns)
            return Response(body, media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
        return {**result, "results": [row(r) for r in result["results"]]}

    def quote_row(r: dict[str, Any]) -> dict[str, Any]:
        return {"article_id": r["article_id"], "quote_id": r["quote_id"], "type": r["type"], "content": r["content"],
                "speaker": r.get("entity_name") or r.get("speaker_name"), "speaker_name": r.get("speaker_name"),
                "speaker_entity_id": r.get("speaker_entity_id"), "cue": r.get("cue"), "day": r.get("day"),
                "date": date_words(r.get("day"), r.get("precision"), r.get("dated_by"), lang=lang),
                "dated_by": r.get("dated_by"), "outlet": r.get("outlet"), "title": r.get("title"),
                "url": safe_url(r.get("url")), "page": f"/article/{r['article_id']}#{r['quote_id']}"}

    def article_row(r: dict[str, Any]) -> dict[str, Any]:
        return {"id": r["id"], "title": r.get("title"), "outlet": r.get("outlet"), "day": r.get("day"),
                "date": date_words(r.get("day"), r.get("precision"), lang=lang), "url": safe_url(r.get("url")),
                "quotes": r.get("quotes"), "events": r.get("events"),
                "snippet": (r.get("snippet") or "").replace("\x02", "").replace("\x03", ""), "page": f"/article/{r['id']}"}

    def person_row(r: dict[str, Any]) -> dict[str, Any]:
        return {"id": r["id"], "name": r["name"], "kind": r["kind"], "iso": r.get("iso"), "also": r.get("aka"),
                "articles": r.get("articles"), "quotes": r.get("quotes"), "events": r.get("events"),
                "first_day": r.get("first_day"), "last_day": r.get("last_day"), "page": f"/person/{r['id']}"}

    def fact_row(r: dict[str, Any]) -> dict[str, Any]:
        return {"kind": r["kind"], "article_id": r["article_id"], "fact_id": r["fact_id"], "type": r.get("type"),
                "day": r.get("day"), "date": date_words(r.get("day"), r.get("precision"), r.get("dated_by"), lang=lang),
                "who": r.get("who"), "what": r.get("what"), "sentence": r.get("sentence"), "title": r.get("title"),
                "outlet": r.get("outlet"), "quad": r.get("quad"), "status": r.get("status"),
                "parties": r.get("parties"), "page": f"/article/{r['article_id']}#{r['fact_id']}"}

    QUOTE_COLS = ["day", "date", "dated_by", "type", "speaker", "speaker_entity_id", "content", "cue", "outlet", "title",
                  "url", "article_id", "quote_id", "page"]
    ARTICLE_COLS = ["day", "date", "title", "outlet", "url", "quotes", "events", "id", "page"]
    PERSON_COLS = ["id", "name", "kind", "iso", "also", "articles", "quotes", "events", "first_day", "last_day", "page"]
    FACT_COLS = ["day", "date", "kind", "type", "who", "what", "sentence", "title", "outlet", "article_id", "fact_id", "page"]

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        html = get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{t['site']} · {t['nav']['api']}",
                                   swagger_js_url=f"{DOCS_STATIC}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_STATIC}/swagger-ui.css",
                                   swagger_favicon_url=f"{DOCS_STATIC}/favicon.png",
                                   swagger_ui_parameters={"deepLinking": False}).body.decode()  # no link inside a button
        html = html.replace("<html>", f'<html lang="{lang}">', 1).replace(
            "</head>", f"<style>{DOCS_CSS}</style></head>", 1)
        return HTMLResponse(html)

    # ------------------------------------------------------------ JSON API
    @app.get("/api/stats", tags=["api"])
    def api_stats(k: KnowledgeBase = Depends(kb)) -> dict:
        """Counts of articles, entities, quotes, times, events, figures and failures."""
        return k.stats()

    @app.get("/api/search", tags=["api"])
    def api_search(f: QuoteFilter = Depends(quote_filter), limit: int = Limit, offset: int = Offset,
                   format: str = Format, k: KnowledgeBase = Depends(kb)):
        """Quotes by words, speaker (any of their names), calendar date range (YYYY[-MM[-DD]]), outlet, type and
        year, sorted by date or relevance: {total, offset, limit, results, facets}; format=csv downloads them."""
        f.limit, f.offset = limit, offset
        return listing(k.quotes(f, facets=format == "json"), format, "citations", QUOTE_COLS, quote_row)

    @app.get("/api/articles", tags=["api"])
    def api_articles(q: str | None = Query(None, max_length=200), outlet: str | None = Query(None, max_length=100),
                     year: int | None = Query(None, ge=1, le=9999),
                     date_from: str | None = Query(None, alias="from", pattern=DATE),
                     date_to: str | None = Query(None, alias="to", pattern=DATE),
                     sort: str = Query("date", pattern="^(date|date_asc|relevance|title)$"),
                     limit: int = Limit, offset: int = Offset, format: str = Format, k: KnowledgeBase = Depends(kb)):
        """Articles by words of their title and text, outlet and date."""
        r = k.articles(q, outlet, year, date_from, date_to, sort, limit, offset, facets=format == "json")
        return listing(r, format, "articles", ARTICLE_COLS, article_row)

    @app.get("/api/articles/{article_id:path}", tags=["api"])
    def api_article(article_id: str = PathParam(..., max_length=500), k: KnowledgeBase = Depends(kb)) -> dict:
        """One article's Story (schema storygraph/1)."""
        story = k.story(article_id)
        if story is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return story.to_dict()

    @app.get("/api/people", tags=["api"])
    def api_people(q: str | None = Query(None, max_length=100), kind: str | None = Query(
                       None, pattern="^(person|organization|country|group)?$"),
                   sort: str = Query("articles", pattern="^(articles|quotes|name|recent)$"),
                   limit: int = Limit, offset: int = Offset, format: str = Format, k: KnowledgeBase = Depends(kb)):
        """People, organisations and countries by any of their names or aliases."""
        return listing(k.people(q, kind, sort, limit, offset, facets=format == "json"), format, "personnes",
                       PERSON_COLS, person_row)

    @app.get("/api/entities/{entity_id}", tags=["api"])
    def api_entity(entity_id: int = PathParam(..., ge=1, le=MAX_ID), k: KnowledgeBase = Depends(kb)) -> dict:
        """One person, organisation or country across articles: names, titles, quotes, events, companions."""
        e = k.entity(entity_id)
        if e is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return e

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(date_from: str | None = Query(None, alias="from", pattern=DATE),
                     date_to: str | None = Query(None, alias="to", pattern=DATE),
                     entity: int | None = Query(None, ge=1, le=MAX_ID), limit: int = Limit, offset: int = Offset,
                     format: str = Format, k: KnowledgeBase = Depends(kb)):
        """Quotes and events that their article dates, in calendar order, each with its sentence."""
        return listing(k.timeline(date_from, date_to, entity, min(limit, MAX_EXPORT), offset), format, "chronologie",
                       FACT_COLS, fact_row)

    @app.get("/api/events", tags=["api"])
    def api_events(f: EventFilter = Depends(event_filter), limit: int = Limit, offset: int = Offset,
                   format: str = Format, k: KnowledgeBase = Depends(kb)):
        """Events by actor, recipient, entity, quad class, PLOVER type and calendar month."""
        f.limit, f.offset = limit, offset
        return listing(k.event_list(f), format, "evenements", FACT_COLS, fact_row)

    @app.get("/api/months", tags=["api"])
    def api_months(entity: int | None = Query(None, ge=1, le=MAX_ID), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Quotes and events per calendar month, for one entity or all."""
        return k.months(entity)

    @app.get("/api/network", tags=["api"])
    def api_network(min_weight: int = Query(1, ge=1, le=1_000_000), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Pairs of sources quoted in the same articles."""
        return k.network(min_weight)

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(entity: int | None = Query(None, ge=1, le=MAX_ID, description="only pairs where this entity acts or is acted on"),
                  limit: int = Query(200, ge=1, le=5000), k: KnowledgeBase = Depends(kb)) -> list[dict]:
        """Actor → recipient pairs with event counts by PLOVER quad class and calendar month."""
        return k.dyads(entity, limit)

    # --------------------------------------------------------------- pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, f: QuoteFilter = Depends(quote_filter), page_: int = Page,
                    k: KnowledgeBase = Depends(kb)):
        f.limit, f.offset = PAGE, (page_ - 1) * PAGE
        r = k.quotes(f)
        entity = k.con.execute("SELECT name FROM entities WHERE id = ?", (f.entity,)).fetchone() if f.entity else None
        return page(request, "search.html", r=r, pages=pager(r["total"], f.offset, PAGE), stats=k.summary(), f=f,
                    entity_name=entity[0] if entity else None, tab="quotes")

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, q: str | None = Query(None, max_length=200),
                      outlet: str | None = Query(None, max_length=100), year: int | None = Query(None, ge=1, le=9999),
                      date_from: str | None = Query(None, alias="from", pattern=DATE),
                      date_to: str | None = Query(None, alias="to", pattern=DATE),
                      sort: str = Query("date", pattern="^(date|date_asc|relevance|title)$"), page_: int = Page,
                      k: KnowledgeBase = Depends(kb)):
        offset = (page_ - 1) * PAGE
        r = k.articles(q or None, outlet or None, year, date_from, date_to, sort, PAGE, offset)
        return page(request, "articles.html", r=r, pages=pager(r["total"], offset, PAGE), tab="articles")

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, q: str | None = Query(None, max_length=100),
                    kind: str | None = Query(None, pattern="^(person|organization|country|group)?$"),
                    sort: str = Query("articles", pattern="^(articles|quotes|name|recent)$"), page_: int = Page,
                    k: KnowledgeBase = Depends(kb)):
        offset = (page_ - 1) * PAGE
        r = k.people(q or None, kind, sort, PAGE, offset)
        return page(request, "people.html", r=r, pages=pager(r["total"], offset, PAGE), tab="people")

    @app.get("/article/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str = PathParam(..., max_length=500), k: KnowledgeBase = Depends(kb)):
        meta = k.article_meta(article_id)
        story = k.story(article_id) if meta else None
        if story is None:
            raise HTTPException(404, t["errors"]["404_text"])
        d = story.to_dict()
        return page(request, "article.html", story=d, meta=meta, body=highlight(d, meta["entity_of"], t.get("reference")),
                    entity_of=meta["entity_of"], local=meta["local"])

    @app.get("/person/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, entity_id: int = PathParam(..., ge=1, le=MAX_ID), k: KnowledgeBase = Depends(kb)):
        e = k.entity(entity_id)
        if e is None:
            raise HTTPException(404, t["errors"]["404_text"])
        return page(request, "person.html", e=e)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, date_from: str | None = Query(None, alias="from", pattern=DATE),
                      date_to: str | None = Query(None, alias="to", pattern=DATE),
                      entity: int | None = Query(None, ge=1, le=MAX_ID), page_: int = Page,
                      k: KnowledgeBase = Depends(kb)):
        offset = (page_ - 1) * PAGE
        r = k.timeline(date_from, date_to, entity, PAGE, offset)
        name = k.con.execute("SELECT name FROM entities WHERE id = ?", (entity,)).fetchone() if entity else None
        return page(request, "timeline.html", r=r, pages=pager(r["total"], offset, PAGE),
                    months=k.months(entity), entity_name=name[0] if name else None)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, f: EventFilter = Depends(event_filter), page_: int = Page,
                    k: KnowledgeBase = Depends(kb)):
        f.limit, f.offset = PAGE, (page_ - 1) * PAGE
        r = k.event_list(f)
        names = {}
        for key in ("actor", "recipient", "entity"):
            eid = getattr(f, key)
            if eid is not None:
                row = k.con.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()
                names[key] = row[0] if row else str(eid)
        names.setdefault("actor", f.actor_name)
        names.setdefault("recipient", f.recipient_name)
        return page(request, "events.html", r=r, pages=pager(r["total"], f.offset, PAGE), f=f, names=names)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, min_weight: int = Query(1, ge=1, le=1_000_000), k: KnowledgeBase = Depends(kb)):
        edges = k.network(min_weight, limit=60)
        degree: dict[int, int] = {}
        names: dict[int, str] = {}
        for e in edges:
            for side in ("source", "target"):
                degree[e[side]] = degree.get(e[side], 0) + e["weight"]
                names[e[side]] = e[f"{side}_name"]
        nodes = sorted(degree, key=lambda n: (-degree[n], names[n]))[:40]
        return page(request, "network.html", edges=edges, min_weight=min_weight, nodes=nodes, degree=degree,
                    names=names, pos=layout(nodes, edges))

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request, entity: int | None = Query(None, ge=1, le=MAX_ID), k: KnowledgeBase = Depends(kb)):
        pairs: dict[tuple, dict] = {}
        for r in k.dyads(entity, limit=3000):
            key = (r["source"] or r["source_name"], r["target"] or r["target_name"])
            d = pairs.setdefault(key, {"source": r["source"], "target": r["target"], "source_name": r["source_name"],
                                       "target_name": r["target_name"], "counts": {}, "by_month": {}})
            d["counts"][r["quad"]] = d["counts"].get(r["quad"], 0) + r["events"]
            if r["month"]:
                d["by_month"][r["month"]] = d["by_month"].get(r["month"], 0) + r["events"]
        rows = sorted(pairs.values(), key=lambda d: (-sum(d["counts"].values()), d["source_name"], d["target_name"]))
        for d in rows:
            d["months"] = sorted(d["by_month"].items())
            d["link"] = {"actor": d["source"], "recipient": d["target"],
                         "actor_name": None if d["source"] else d["source_name"],
                         "recipient_name": None if d["target"] else d["target_name"]}
        name = k.con.execute("SELECT name FROM entities WHERE id = ?", (entity,)).fetchone() if entity else None
        return page(request, "dyads.html", dyads=rows[:300], entity_name=name[0] if name else None)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, k: KnowledgeBase = Depends(kb)):
        return page(request, "map.html", countries=k.countries())

    app.state.db = db
    return app



def layout(nodes: list[int], edges: list[dict[str, Any]], size: int = 640) -> dict[int, tuple[float, float]]:
    """Positions for a network drawing: a seeded force-directed layout (the same picture every time), so that
    sources quoted together sit together."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((e["source"], e["target"], e["weight"]) for e in edges
                              if e["source"] in g and e["target"] in g)
    if not nodes:
        return {}
    pos = nx.spring_layout(g, seed=7, weight="weight")
    margin = 110
    return {n: (round(margin + (x + 1) / 2 * (size - 2 * margin), 1), round(40 + (y + 1) / 2 * (size - 80), 1))
            for n, (x, y) in pos.items()}
