"""Reading sources into Articles: .txt, .jsonl, .html, directories and stdin, bad input as values."""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

#: Above this many characters an input is refused rather than analysed (spaCy's own default limit).
MAX_CHARS = 1_000_000
SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".warc", ".gz"}
WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*\n?", re.IGNORECASE)


@dataclass
class Article:
    """One document to analyse; `error` is set when it could not be read."""

    id: str
    text: str
    date: str | None = None
    #: where the date came from: 'input' (a header or field), 'metadata' (the page's markup), 'guessed'
    date_source: str | None = None
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    source: str | None = None
    error: str | None = None
    notice: str | None = None


def content_id(text: str) -> str:
    """A stable id derived from the text itself."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def split_date_header(text: str) -> tuple[str | None, str]:
    """Remove a leading `date YYYY-MM[-DD]` line and return (date, rest of the text)."""
    m = DATE_HEADER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8, else as the legacy encoding charset-normalizer finds; raise on binary."""
    if not data.strip():
        raise ValueError("empty input")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # charset-normalizer comes with trafilatura; it is made for exactly this guess.
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise ValueError("not text in any known encoding")
    # On a tie (short texts) prefer the Western encodings news in Latin-script languages were written in.
    least = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least + 0.01]
    best = next((r for enc in WESTERN for r in tied if r.encoding == enc), tied[0])
    text = str(best)
    bad = sum(1 for c in text[:5000] if (ord(c) < 32 and c not in "\n\r\t") or c == "\ufffd")
    if bad > 0.01 * min(len(text), 5000):
        raise ValueError("binary file, not text")
    return text, f"not UTF-8, read as {best.encoding}"


def _checked(art: Article) -> Article:
    if art.error is None:
        if not art.text.strip():
            art.error = "empty text"
        elif len(art.text) > MAX_CHARS:
            art.error = f"too large: {len(art.text):,} characters (limit {MAX_CHARS:,})"
    return art


def from_text(text: str, id: str | None = None, source: str | None = None, notice: str | None = None) -> Article:
    """An Article from raw text, honouring an optional leading date header."""
    date, body = split_date_header(text)
    return _checked(Article(id=id or content_id(body), text=body, date=date, date_source="input" if date else None,
                            source=source, notice=notice))


def read_txt(path: Path) -> Iterator[Article]:
    """A plain-text article; its id is the file name without extension."""
    try:
        text, notice = decode(path.read_bytes())
    except (OSError, ValueError) as e:
        yield Article(id=path.stem, text="", source=str(path), error=str(e))
        return
    yield from_text(text, id=path.stem, source=str(path), notice=notice)


def parse_json_record(line: str, where: str) -> Article:
    """One JSONL record (id, text, date, url, title) as an Article; text kept exactly as given."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Article(id=where, text="", source=where, error=f"malformed JSON ({e.msg} at column {e.colno})")
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return Article(id=str(rec.get("id", where)) if isinstance(rec, dict) else where, text="", source=where,
                       error="record has no 'text' string")
    text = rec["text"]
    return _checked(Article(id=str(rec.get("id") or content_id(text)), text=text, date=rec.get("date"),
                            date_source="input" if rec.get("date") else None, url=rec.get("url"),
                            title=rec.get("title"), lang=rec.get("lang"), source=where))


def _open(path: Path):
    """Open a file for streaming; when it cannot be opened, yield the failed Article and return None."""
    try:
        return path.open("rb")
    except OSError as e:
        yield Article(id=path.stem, text="", source=str(path), error=str(e))
        return None


def read_jsonl(path: Path) -> Iterator[Article]:
    """Each non-blank line of a JSONL file, streamed; a bad line is a failed Article, not a crash."""
    f = yield from _open(path)
    if f is None:
        return
    with f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            where = f"{path}:{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Article(id=where, text="", source=where, error="line is not UTF-8")
                continue
            yield parse_json_record(line, where)


def read_html(path: Path) -> Iterator[Article]:
    """Main text and metadata of a web page, through trafilatura."""
    try:
        html, _ = decode(path.read_bytes())
    except (OSError, ValueError) as e:
        yield Article(id=path.stem, text="", source=str(path), error=str(e))
        return
    yield from_html(html, id=path.stem, source=str(path))


def from_html(html: str, id: str | None = None, source: str | None = None) -> Article:
    """An Article from an HTML page; broken or empty pages become failed Articles."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # the date the page's markup declares (meta tags, <time>, the URL), not one read off its text
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, as_dict=True,
                                      date_extraction_params=set_date_params(False))
    if not doc or not (doc.get("text") or "").strip():
        return Article(id=id or "html", text="", source=source, error="no article text found in the HTML")
    text = doc["text"]
    date, date_source = doc.get("date") or None, "metadata"
    if not date:  # htmldate's search of the page's text: a guess, and said to be one
        from htmldate import find_date

        date, date_source = find_date(html, extensive_search=True, original_date=True, url=doc.get("url")), "guessed"
    return _checked(Article(id=id or content_id(text), text=text, date=date, date_source=date_source if date else None,
                            url=doc.get("url"), title=doc.get("title"), source=source))


def read_warc(path: Path) -> Iterator[Article]:
    """Every HTML response in a WARC file (plain or gzipped), through warcio and trafilatura, streamed."""
    from warcio.archiveiterator import ArchiveIterator

    f = yield from _open(path)
    if f is None:
        return
    with f:
        try:
            for n, rec in enumerate(ArchiveIterator(f), 1):
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{n}"
                try:
                    html, _ = decode(rec.content_stream().read())
                except ValueError as e:
                    yield Article(id=url or where, text="", source=where, error=str(e))
                    continue
                art = from_html(html, id=content_id(url) if url else where, source=where)
                art.url = art.url or url
                yield art
        except Exception as e:  # a truncated or corrupt archive: what was read stays read
            yield Article(id=path.name, text="", source=str(path), error=f"broken WARC: {e}")


def read_path(path: Path) -> Iterator[Article]:
    """Every Article a file or directory holds (directories recursively, in name order)."""
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."):
                yield from read_path(p)
        return
    if not path.exists():
        yield Article(id=path.stem or str(path), text="", source=str(path), error="no such file or directory")
        return
    suffix = path.suffix.lower()
    if path.name.lower().endswith((".warc", ".warc.gz")):
        yield from read_warc(path)
    elif suffix == ".gz":
        yield Article(id=path.stem, text="", source=str(path), error="unsupported compressed file (only .warc.gz)")
    elif suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(path)
    elif suffix in (".html", ".htm"):
        yield from read_html(path)
    else:
        yield from read_txt(path)


def read_stdin() -> Iterator[Article]:
    """Standard input: JSON lines when every line is a JSON object, else one text article."""
    data = sys.stdin.buffer.read()
    try:
        text, notice = decode(data)
    except ValueError as e:
        yield Article(id="stdin", text="", source="-", error=str(e))
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        for n, line in enumerate(lines, 1):
            yield parse_json_record(line, f"stdin:{n}")
    else:
        yield from_text(text, id="stdin", source="-", notice=notice)


def read_inputs(inputs: Iterable[str]) -> Iterator[Article]:
    """Articles from command-line inputs (paths, directories, '-' for stdin), streamed in order."""
    for item in inputs:
        if item == "-":
            yield from read_stdin()
        else:
            yield from read_path(Path(item))
