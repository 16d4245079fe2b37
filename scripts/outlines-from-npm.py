#!/usr/bin/env python3
"""Writes the outlines the comparison map draws, one file per parent region, named by its code.

    npm pack china-geojson@1.0.0 && tar xzf china-geojson-1.0.0.tgz
    scripts/outlines-from-npm.py package/src/geojson src/Pledgewatch.Web/wwwroot/data/outlines

100000.geojson holds the provinces (the package's china.json); 320000.geojson and the like hold a
province's prefecture-level cities, or a municipality's districts (the package's *_geo.json);
320400.geojson holds Changzhou's districts from wwwroot/data/changzhou-districts.geojson. Every
feature keeps two properties: name (the region tree's full name) and code (its GB/T 2260 code from
src/Pledgewatch.Storage/Regions/china-regions.csv), or code null for a shape drawn without a
region of the tree (香港, 澳门, 台湾, 南海诸岛, a city renamed since the outlines were drawn).
Coordinates are rounded (0.01° for provinces, 0.005° within a province) and repeated points
dropped: the outlines are for drawing, not for measuring.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.join(HERE, "..", "src", "Pledgewatch.Storage", "Regions", "china-regions.csv")
CHANGZHOU = os.path.join(HERE, "..", "src", "Pledgewatch.Web", "wwwroot", "data", "changzhou-districts.geojson")


def load_tree():
    with open(TREE, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rounded_ring(ring, step):
    out = []
    for x, y in ring:
        point = [round(round(x / step) * step, 4), round(round(y / step) * step, 4)]
        if not out or out[-1] != point:
            out.append(point)
    return out if len(out) >= 4 else None


def rounded(geometry, step):
    if geometry["type"] == "Polygon":
        rings = [r for r in (rounded_ring(r, step) for r in geometry["coordinates"]) if r]
        return {"type": "Polygon", "coordinates": rings} if rings else None
    polygons = []
    for polygon in geometry["coordinates"]:
        rings = [r for r in (rounded_ring(r, step) for r in polygon) if r]
        if rings:
            polygons.append(rings)
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


def write(path, features):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def feature(name, code, geometry):
    return {"type": "Feature", "properties": {"name": name, "code": code}, "geometry": geometry}


# Renamed since the outlines were drawn, beyond the rules in region_of (襄樊 became 襄阳 in 2010; 开县 开州区 and 蓟县 蓟州区 in 2016).
RENAMED = {"襄樊市": "襄阳市", "开县": "开州区", "蓟县": "蓟州区"}


def region_of(children, name):
    """The region a shape's name stands for: as written, renamed, or a 县 become a 区 and a 地区 a 市."""
    name = RENAMED.get(name, name)
    candidates = [name]
    if name.endswith("地区"):
        candidates.append(name[:-2] + "市")
    if name.endswith("县"):
        candidates.append(name[:-1] + "区")
    return next((children[c] for c in candidates if c in children), None)


def children_by_name(tree, parent):
    found = {}
    for r in tree:
        if r["parent_code"] == parent:
            found[r["name"]] = r
            if r["short_name"]:
                found.setdefault(r["short_name"], r)
    return found


def main(source, target):
    tree = load_tree()
    provinces = {r["code"][:2]: r for r in tree if r["level"] == "province"}
    china = json.load(open(os.path.join(source, "china.json"), encoding="utf-8"))
    features = []
    for f in china["features"]:
        p = provinces.get(f["properties"].get("id") or "")
        geometry = rounded(f["geometry"], 0.01)
        if geometry:
            features.append(feature(p["name"] if p else f["properties"]["name"], p["code"] if p else None, geometry))
    write(os.path.join(target, "100000.geojson"), features)

    unmatched = []
    for name in sorted(os.listdir(source)):
        if not name.endswith("_geo.json"):
            continue
        shapes = json.load(open(os.path.join(source, name), encoding="utf-8"))["features"]
        # The file's province is the one most of its shapes' names are children of.
        best = max(provinces.values(), key=lambda p: sum(s["properties"]["name"] in children_by_name(tree, p["code"]) for s in shapes))
        children = children_by_name(tree, best["code"])
        if not any(s["properties"]["name"] in children for s in shapes):
            continue
        features = []
        for s in shapes:
            region = region_of(children, s["properties"]["name"])
            if region is None:
                unmatched.append(f"{best['name']} {s['properties']['name']}")
            geometry = rounded(s["geometry"], 0.005)
            if geometry:
                features.append(feature(region["name"] if region else s["properties"]["name"], region["code"] if region else None, geometry))
        write(os.path.join(target, best["code"] + ".geojson"), features)

    changzhou = json.load(open(CHANGZHOU, encoding="utf-8"))["features"]
    children = children_by_name(tree, "320400")
    write(os.path.join(target, "320400.geojson"), [
        feature(s["properties"]["name"], children[s["properties"]["name"]]["code"] if s["properties"]["name"] in children else None, rounded(s["geometry"], 0.001))
        for s in changzhou])
    for line in unmatched:
        print("drawn without a region:", line, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
