"""Reading sources into Articles: .txt, .jsonl, .html, .warc, directories and stdin, bad input as values.

Every reader streams and never raises: a file, line or record that cannot be read becomes an Article with its
`error` set (and its source named), and reading goes on with the next one."""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Iterator

#: Above this many characters an input is refused rather than analysed (spaCy's own default limit).
MAX_CHARS = 1_000_000
#: Bytes read at most from a text file (four bytes a character in UTF-8 or UTF-32, plus a byte-order mark).
MAX_TEXT_BYTES = 4 * MAX_CHARS + 4
#: Bytes read at most from one web page (the markup around the text is often ten times the text).
MAX_HTML_BYTES = 16 * MAX_CHARS
#: Bytes read at most as one JSON line (a \uXXXX escape takes six bytes a character).
MAX_LINE_BYTES = 8 * MAX_CHARS
SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".warc", ".gz"}
WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*\n?", re.IGNORECASE)
#: A date as records give it: a year, a month, a day, optionally a time of day and a zone.
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")
#: Byte-order marks, longest first (the UTF-32 little-endian mark begins with the UTF-16 one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SURROGATE = re.compile("[\ud800-\udfff]")
#: Unicode's own line and paragraph separators (word processors, some CMS exports) and the C1 next-line control:
#: every rule that finds paragraphs, headlines and sentence ends reads line breaks, so each becomes one "\n",
#: one for one, and every offset into the text still holds
LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


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
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def split_date_header(text: str) -> tuple[str | None, str]:
    """Remove a leading `date YYYY-MM[-DD]` line and return (date, rest of the text)."""
    m = DATE_HEADER.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def date_error(value: object) -> str | None:
    """Why a record's date is refused, or None for a real ISO date (a year, month or day, with or without a time)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"'date' must be a string (got {kind(value)})"
    m = ISO_DATE.fullmatch(value)
    if not m:
        return f"date {value[:40]!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    try:
        dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return f"date {value!r} is not a real date"
    return None


def kind(value: object) -> str:
    """A JSON value's kind, as an error message names it."""
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object",
            type(None): "null"}.get(type(value), type(value).__name__)


def repair_unicode(s: str) -> tuple[str, int]:
    """Lone surrogates (invalid Unicode that JSON escapes and undecodable file names carry) replaced by U+FFFD,
    one for one so that every offset into the text still holds; returns the string and how many were replaced."""
    try:
        s.encode("utf-8")
        return s, 0
    except UnicodeEncodeError:
        return SURROGATE.subn("\ufffd", s)


def validate(art: Article) -> Article:
    """The checks every Article passes before analysis (readers and the Python API alike): valid Unicode
    (repaired), a text that is a non-empty string within MAX_CHARS, a real date."""
    repaired = 0
    for name in ("id", "text", "date", "url", "title", "lang", "source"):
        value = getattr(art, name)
        if isinstance(value, str):
            fixed, n = repair_unicode(value)
            if n:
                setattr(art, name, fixed)
                repaired += n
    if repaired:
        note = f"invalid Unicode repaired ({repaired} lone surrogate(s) replaced by U+FFFD)"
        art.notice = f"{art.notice}; {note}" if art.notice else note
    if not isinstance(art.id, str):
        art.id = str(art.id)
    if isinstance(art.text, str):
        art.text = art.text.translate(LINE_SEPARATORS)
    if art.error is not None:
        return art
    if not isinstance(art.text, str):
        art.error = f"'text' must be a string (got {kind(art.text)})"
    elif not art.text.strip():
        art.error = "empty text"
    elif len(art.text) > MAX_CHARS:
        art.error = f"too large: {len(art.text):,} characters (limit {MAX_CHARS:,})"
    else:
        art.error = date_error(art.date)
    return art


def oserror(e: OSError) -> str:
    """An OS error as a reason, without the file name the error line already gives."""
    return e.strerror or str(e)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start announces, or None."""
    return next((enc for bom, enc in BOMS if head.startswith(bom)), None)


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes: by their byte-order mark, else as UTF-8, else as the legacy encoding charset-normalizer
    finds; raise on binary. Returns the text and a notice when it was not plain UTF-8."""
    if not data.strip():
        raise ValueError("empty input")
    enc = bom_encoding(data[:4])
    if enc and enc != "utf-8-sig":
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            raise ValueError(f"not valid {enc.upper()} despite its byte-order mark") from None
        if not text.strip():
            raise ValueError("empty input")
        _refuse_binary(text)
        return text, f"read as {enc.upper()} (byte-order mark)"
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
    _refuse_binary(text)
    return text, f"not UTF-8, read as {best.encoding}"


def _refuse_binary(text: str) -> None:
    bad = sum(1 for c in text[:5000] if (ord(c) < 32 and c not in "\n\r\t") or c == "\ufffd")
    if bad > 0.01 * min(len(text), 5000):
        raise ValueError("binary file, not text")


def read_bytes(path: Path, limit: int) -> bytes:
    """A file's bytes, at most `limit` of them; a larger file raises ValueError (a device never ends)."""
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"too large: more than {limit:,} bytes")
    return data


def from_text(text: str, id: str | None = None, source: str | None = None, notice: str | None = None) -> Article:
    """An Article from raw text, honouring an optional leading date header."""
    date, body = split_date_header(text)
    return validate(Article(id=id or content_id(body), text=body, date=date, date_source="input" if date else None,
                            source=source, notice=notice))


def failure(path: Path, reason: str, id: str | None = None) -> Article:
    """The Article that stands for a file (or a part of one) that could not be read."""
    return Article(id=id or path.stem or str(path), text="", source=str(path), error=reason)


def read_txt(path: Path) -> Iterator[Article]:
    """A plain-text article; its id is the file name without extension."""
    try:
        text, notice = decode(read_bytes(path, MAX_TEXT_BYTES))
    except OSError as e:
        yield failure(path, oserror(e))
        return
    except ValueError as e:
        yield failure(path, str(e))
        return
    yield from_text(text, id=path.stem, source=str(path), notice=notice)


def parse_json_record(line: str, where: str) -> Article:
    """One JSONL record (id, text, date, url, title, lang) as an Article; text kept exactly as given. Field types
    are checked here: a record with a field of the wrong kind is refused with the field named."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Article(id=where, text="", source=where, error=f"malformed JSON ({e.msg} at column {e.colno})")
    except (ValueError, RecursionError) as e:  # numbers of thousands of digits, arrays nested thousands deep
        return Article(id=where, text="", source=where, error=f"malformed JSON ({type(e).__name__})")
    if not isinstance(rec, dict):
        return Article(id=where, text="", source=where, error=f"record is {kind(rec)}, not a JSON object")
    rid = rec.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        return Article(id=where, text="", source=where, error=f"'id' must be a string or an integer (got {kind(rid)})")
    rid = str(rid) if rid not in (None, "") else None
    text = rec.get("text")
    if not isinstance(text, str):
        reason = "record has no 'text' string" if text is None else f"'text' must be a string (got {kind(text)})"
        return Article(id=rid or where, text="", source=where, error=reason)
    for name in ("title", "url", "lang", "date"):
        value = rec.get(name)
        if value is not None and not isinstance(value, str):
            return Article(id=rid or where, text="", source=where,
                           error=f"'{name}' must be a string (got {kind(value)})")
    date = (rec.get("date") or "").strip() or None
    return validate(Article(id=rid or content_id(text), text=text, date=date, date_source="input" if date else None,
                            url=rec.get("url") or None,
                            title=rec.get("title"), lang=rec.get("lang") or None, source=where))


def _open(path: Path):
    """Open a file for streaming; when it cannot be opened, yield the failed Article and return None."""
    try:
        return path.open("rb")
    except OSError as e:
        yield failure(path, oserror(e))
        return None


def lines(f: IO, limit: int = MAX_LINE_BYTES, start: int = 1) -> Iterator[tuple[int, bytes | str | None]]:
    """The lines of a file, numbered from `start`; a line longer than `limit` is skipped whole and given as None."""
    n = start - 1
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        n += 1
        if len(raw) > limit and raw[-1:] not in (b"\n", "\n"):
            while True:
                rest = f.readline(1 << 20)
                if not rest or rest[-1:] in (b"\n", "\n"):
                    break
            yield n, None
        else:
            yield n, raw


def json_lines(f: IO, name: str, first: int = 1) -> Iterator[Article]:
    """Each non-blank line of a binary JSONL stream as an Article (UTF-8, or the encoding a byte-order mark
    announces), streamed; `first` is the number of the stream's first line in its file."""
    if not hasattr(f, "peek"):
        f = io.BufferedReader(f)
    enc = bom_encoding(f.peek(4)[:4]) if first == 1 else None
    if enc and enc != "utf-8-sig":
        text = io.TextIOWrapper(f, encoding=enc, newline="\n")
        try:
            yield from _json_lines(text, name, first)
        finally:
            text.detach()  # the caller closes the file it opened
    else:
        yield from _json_lines(f, name, first)


def _json_lines(f: IO, name: str, first: int) -> Iterator[Article]:
    for n, raw in lines(f, start=first):
        where = f"{name}:{n}"
        if raw is None:
            yield Article(id=where, text="", source=where, error=f"line too long (over {MAX_LINE_BYTES:,} bytes)")
            continue
        if isinstance(raw, bytes):
            if not raw.strip():
                continue
            try:
                raw = raw.decode("utf-8-sig" if n == 1 else "utf-8")  # a byte-order mark opens line 1 only
            except UnicodeDecodeError:
                yield Article(id=where, text="", source=where, error="line is not UTF-8")
                continue
        elif not raw.strip():
            continue
        yield parse_json_record(raw, where)


def read_jsonl(path: Path) -> Iterator[Article]:
    """Each non-blank line of a JSONL file, streamed; a bad line is a failed Article, not a crash."""
    f = yield from _open(path)
    if f is None:
        return
    done = 0
    try:
        with f:
            for art in json_lines(f, str(path)):
                done += 1
                yield art
    except (OSError, UnicodeDecodeError) as e:
        reason = oserror(e) if isinstance(e, OSError) else f"not valid {e.encoding.upper()}"
        yield failure(path, f"reading stopped after {done:,} record(s): {reason}")


def read_html(path: Path) -> Iterator[Article]:
    """Main text and metadata of a web page, through trafilatura."""
    try:
        html, _ = decode(read_bytes(path, MAX_HTML_BYTES))
    except OSError as e:
        yield failure(path, oserror(e))
        return
    except ValueError as e:
        yield failure(path, str(e))
        return
    yield from_html(html, id=path.stem, source=str(path))


def from_html(html: str, id: str | None = None, source: str | None = None) -> Article:
    """An Article from an HTML page: trafilatura's main text in precision mode (no comments, tables, links or
    images), its boilerplate lines removed; broken or empty pages, and pages with too little running prose to
    be an article (a template, a score board, a list), become failed Articles."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # the date the page's markup declares (meta tags, <time>, the URL), not one read off its text
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True,
                                          include_tables=False, include_links=False, include_images=False,
                                          date_extraction_params=set_date_params(False))
    except Exception as e:  # noqa: BLE001 — a page the parser chokes on is one failed article
        return Article(id=id or "html", text="", source=source, error=f"HTML could not be parsed: {type(e).__name__}")
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        return Article(id=id or "html", text="", source=source, error="no article text found in the HTML")
    text, prose = article_text(doc["text"])
    need = boilerplate()[1]
    if prose < need:
        return Article(id=id or "html", text="", url=doc.get("url"), title=doc.get("title"), source=source,
                       error=f"not an article: {prose} words of running prose (at least {need})")
    date, date_source = doc.get("date") or None, "metadata"
    if not date:  # htmldate's search of the page's text: a guess, and said to be one
        from htmldate import find_date

        date, date_source = find_date(html, extensive_search=True, original_date=True, url=doc.get("url")), "guessed"
    return validate(Article(id=id or content_id(text), text=text, date=date, date_source=date_source if date else None,
                            url=doc.get("url"), title=doc.get("title"), source=source))


#: The end of a line of running prose: a sentence's last mark, possibly followed by a closing quote.
PROSE_END = re.compile(r"[.!?…][»\"”’)\s]*$")


@lru_cache(maxsize=1)
def boilerplate() -> tuple[re.Pattern | None, int]:
    """The boilerplate lines of every language's `boilerplate.json` as one pattern, and the words of running
    prose a page needs to be an article."""
    from .lang import HERE

    patterns, need = [], 0
    for f in sorted(HERE.glob("*/boilerplate.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        patterns += data.get("lines", [])
        need = max(need, int(data.get("min_prose_words", 0)))
    return (re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None), need


def article_text(text: str) -> tuple[str, int]:
    """A page's extracted text without its boilerplate lines ('À lire aussi …', reading time, share and paywall
    lines, photo credits), and how many words of running prose it holds."""
    pattern = boilerplate()[0]
    kept = [line for line in text.split("\n") if not (pattern and pattern.fullmatch(line.strip(" \t•·|-–—:")))]
    prose = sum(len(line.split()) for line in kept if len(line.split()) >= 8 and PROSE_END.search(line))
    return "\n".join(kept), prose


def read_warc(path: Path) -> Iterator[Article]:
    """Every HTML response in a WARC file (plain or gzipped), through warcio and trafilatura, streamed. An
    archive that ends inside a record (a download cut short) is reported, after the records it does hold."""
    from warcio.archiveiterator import ArchiveIterator

    f = yield from _open(path)
    if f is None:
        return
    with f:
        n, end = 0, 0
        try:
            size = os.fstat(f.fileno()).st_size
            records = ArchiveIterator(f)
            for n, rec in enumerate(records, 1):
                art = _warc_article(rec, path, n)
                # where this record ends in the file: what lies after the last one tells a cut archive
                end = records.get_record_offset() + records.get_record_length()
                if art is not None:
                    yield art
            f.seek(end)
            rest = f.read(1024)
        except Exception as e:  # noqa: BLE001 — a corrupt archive: what was read stays read
            yield failure(path, f"broken WARC after record {n}: {type(e).__name__}: {e}", id=path.name)
            return
        if rest.strip():
            yield failure(path, f"truncated WARC: the file ends inside record {n + 1} "
                                f"({size - end:,} bytes after record {n} unread)", id=path.name)


def _warc_article(rec, path: Path, n: int) -> Article | None:
    """The Article of one WARC record, or None for records that are not HTML responses."""
    if rec.rec_type != "response":
        return None
    ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
    if "html" not in ctype.lower():
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    where = f"{path}#{n}"
    aid = content_id(url) if url else where
    data = rec.content_stream().read(MAX_HTML_BYTES + 1)
    if len(data) > MAX_HTML_BYTES:
        return Article(id=aid, text="", url=url, source=where, error=f"too large: more than {MAX_HTML_BYTES:,} bytes")
    if getattr(rec.raw_stream, "limit", 0) > 0:
        return Article(id=aid, text="", url=url, source=where, error="truncated record: the archive ends inside it")
    try:
        html, _ = decode(data)
    except ValueError as e:
        return Article(id=aid, text="", url=url, source=where, error=str(e))
    art = from_html(html, id=aid, source=where)
    art.url = art.url or url
    return art


def walk(root: Path) -> Iterator[Path | Article]:
    """The readable files under a directory, in name order, and a failed Article for each folder or file that
    cannot be read (never skipped without a word)."""
    found: list[tuple[str, Path | Article]] = []

    def unreadable(e: OSError) -> None:
        where = Path(e.filename or root)
        found.append((str(where), failure(where, f"cannot read folder: {oserror(e)}", id=str(where))))

    for folder, _, names in os.walk(root, onerror=unreadable):
        for name in names:
            p = Path(folder, name)
            if name.startswith(".") or p.suffix.lower() not in SUFFIXES:
                continue
            try:
                if not stat.S_ISREG(p.stat().st_mode):
                    continue  # sockets, pipes and devices found in a folder are not articles
            except OSError as e:
                found.append((str(p), failure(p, oserror(e))))
                continue
            found.append((str(p), p))
    for _, item in sorted(found, key=lambda x: Path(x[0]).parts):
        yield item


def read_path(path: Path) -> Iterator[Article]:
    """Every Article a file or directory holds (directories recursively, in name order)."""
    if path.is_dir():
        for item in walk(path):
            if isinstance(item, Article):
                yield item
            else:
                yield from read_path(item)
        return
    if not path.exists():
        yield failure(path, "no such file or directory")
        return
    suffix = path.suffix.lower()
    if path.name.lower().endswith((".warc", ".warc.gz")):
        yield from read_warc(path)
    elif suffix == ".gz":
        yield failure(path, "unsupported compressed file (only .warc.gz)")
    elif suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(path)
    elif suffix in (".html", ".htm"):
        yield from read_html(path)
    else:
        yield from read_txt(path)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read: they are served again, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self.head:
            n = min(len(buf), len(self.head))
            buf[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read1(len(buf)) if hasattr(self.rest, "read1") else self.rest.read(len(buf))
        buf[:len(data)] = data
        return len(data)


def read_stdin() -> Iterator[Article]:
    """Standard input: JSON lines (streamed) when it starts with '{', else one text article."""
    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        yield Article(id="stdin", text="", source="-", error="standard input is closed")
        return
    yield from read_stream(stream)


def read_stream(stream: IO[bytes], name: str = "stdin") -> Iterator[Article]:
    """A stream read as standard input is: JSON lines (streamed) when it starts with '{', else one text article."""
    try:
        head = b""
        while not head.strip() and len(head) < MAX_TEXT_BYTES:
            chunk = stream.read1(1 << 16) if hasattr(stream, "read1") else stream.read(1 << 16)
            if not chunk:
                break
            head += chunk
        if head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"{":  # (a UTF-8 byte-order mark may come first)
            yield from json_lines(io.BufferedReader(_Prefixed(head, stream)), name)
            return
        data = head + stream.read(MAX_TEXT_BYTES + 1 - len(head))
        if len(data) > MAX_TEXT_BYTES:
            yield Article(id=name, text="", source="-", error=f"too large: more than {MAX_TEXT_BYTES:,} bytes")
            return
        text, notice = decode(data)
    except OSError as e:
        yield Article(id=name, text="", source="-", error=f"standard input could not be read: {oserror(e)}")
        return
    except ValueError as e:
        yield Article(id=name, text="", source="-", error=str(e))
        return
    lines_ = [line for line in text.splitlines() if line.strip()]
    if lines_ and all(line.lstrip().startswith("{") for line in lines_):
        for n, line in enumerate(lines_, 1):  # JSON lines in a legacy encoding or UTF-16
            yield parse_json_record(line, f"{name}:{n}")
    else:
        yield from_text(text, id=name, source="-", notice=notice)


class Seen:
    """Ids already read in this run, with a digest of their text, so that a second record with the same id is
    reported instead of silently replacing the first."""

    def __init__(self):
        self.first: dict[str, tuple[str, str]] = {}

    def duplicate(self, id: str, text: str, where: str) -> str | None:
        """Why a record is refused as a duplicate of one read before, or None (and it is remembered)."""
        digest = content_id(text)
        seen = self.first.setdefault(id, (digest, where))
        if seen == (digest, where):
            return None
        how = "the same text" if seen[0] == digest else "a different text"
        return f"duplicate id {id!r}: {how} was already read from {seen[1]}"


def read_inputs(inputs: Iterable[str]) -> Iterator[Article]:
    """Articles from command-line inputs (paths, directories, '-' for stdin), streamed in order; a record
    whose id was already read in this run is reported as a duplicate."""
    seen = Seen()
    for item in inputs:
        arts = read_stdin() if item == "-" else read_path(Path(item))
        for art in arts:
            if art.error is None:
                reason = seen.duplicate(art.id, art.text, art.source or art.id)
                if reason:
                    where = art.source or art.id
                    art = Article(id=where if where != art.id else f"{art.id} (again)", text="", source=art.source,
                                  error=reason)
            yield art
