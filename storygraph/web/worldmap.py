"""A world map drawn without network access: country outlines as SVG paths, keyed by ISO 3166 alpha-2.

The outlines (`static/world.json`) were generated once from Natural Earth's 1:110m countries (public domain) as
packaged in the npm package world-atlas (TopoJSON): `python -m storygraph.web.worldmap countries-110m.json`.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

WORLD = Path(__file__).parent / "static" / "world.json"
WIDTH, HEIGHT = 960, 440  # equirectangular, latitudes 84°N to 60°S (Antarctica left out)
TOP, BOTTOM = 84.0, -60.0


def project(lon: float, lat: float) -> tuple[float, float]:
    """Longitude and latitude → map coordinates."""
    return (lon + 180) / 360 * WIDTH, (TOP - lat) / (TOP - BOTTOM) * HEIGHT


def build(topojson: Path) -> dict[str, str]:
    """ISO alpha-2 → SVG path data, from a world-atlas TopoJSON file."""
    import pycountry

    topo = json.loads(Path(topojson).read_text(encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indices:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a[1:] if pts else a)
        return pts

    out: dict[str, str] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        c = pycountry.countries.get(numeric=str(g.get("id", "")).zfill(3)) if g.get("id") else None
        if c is None or c.alpha_2 == "AQ":
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        d = []
        for poly in polys:
            for r in poly:
                lonlat = unwrap(ring(r))
                if len(lonlat) < 3:
                    continue
                # a ring that crosses the antimeridian is drawn once on each side, the map's edge cutting it
                shifts = [0.0] + ([-360.0] if max(p[0] for p in lonlat) > 180 else []) + \
                         ([360.0] if min(p[0] for p in lonlat) < -180 else [])
                for shift in shifts:
                    pts = [project(lon + shift, max(min(lat, TOP), BOTTOM)) for lon, lat in lonlat]
                    d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        if d:
            out[c.alpha_2] = out.get(c.alpha_2, "") + "".join(d)
    return out


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring's longitudes made continuous: no jump of 360° where it crosses the antimeridian."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if out:
            prev = out[-1][0]
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


@lru_cache(maxsize=1)
def paths() -> dict[str, str]:
    """The bundled outlines (ISO alpha-2 → path data)."""
    return json.loads(WORLD.read_text(encoding="utf-8"))


if __name__ == "__main__":
    WORLD.parent.mkdir(exist_ok=True)
    WORLD.write_text(json.dumps(build(Path(sys.argv[1])), separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {WORLD}")
