#!/usr/bin/env python3
"""Independent reference values for the index regression test.

Reads the RAW source files in ../shared/data (not the project's converted table) with the
Python standard library only, computes a sample of indices straight from their textbook
formulas, and prints CSV rows `index,classification,year,reporter,partner,product,value` with
10 decimals.

The output is committed as tests/reference/reference_indices.csv; tests/indices_regression.rs
compares the Rust engine with it, and re-runs this script when ../shared/data is present.

Usage: python3 tests/reference/reference_indices.py [path/to/shared/data]
"""

import csv
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data")

WITS_GROUPS = ["Animal", "Vegetable", "Food Products", "Minerals", "Fuels", "Chemicals",
               "Plastic or Rubber", "Hides and Skins", "Wood", "Textiles and Clothing", "Footwear",
               "Stone and Glass", "Metals", "Mach and Elec", "Transportation", "Miscellaneous"]
WITS_FILES = {"CHN": "CHN", "JPN": "JPN", "KOR": "KOR", "WLD": "Wld"}
WITS_PARTNER = {"CHN": "China", "JPN": "Japan", "KOR": "Korea, Rep."}
OEC_NAMES = {"CHN": "China", "JPN": "Japan", "KOR": "South Korea"}


def read_wits(code):
    """{(partner, product, indicator): {year: value in US$}} for one WITS file."""
    path = os.path.join(DATA, "raw", "wits-trade-summary", f"en_{WITS_FILES[code]}_AllYears_WITS_Trade_Summary.CSV")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    years = [int(y) for y in rows[0][5:]]
    table = {}
    for row in rows[1:]:
        values = {}
        for year, cell in zip(years, row[5:]):
            if cell.strip():
                values[year] = float(cell) * 1e6
        table[(row[1].strip(), row[2].strip(), row[4].strip())] = values
    return table


def read_oec(code, flow):
    """{year: [21 section values in US$]} for one OEC file; incomplete years are dropped."""
    path = os.path.join(DATA, "raw", "oec-rcep-sections", f"{OEC_NAMES[code]} {flow} processed.csv")
    with open(path, encoding="latin-1") as f:
        rows = list(csv.reader(f))
    by_year = {}
    for row in rows[1:]:
        if len(row) > 3 and row[3].strip():
            by_year.setdefault(int(row[3]), {})[int(row[1])] = float(row[2])
    return {y: [v[s] for s in range(1, 22)] for y, v in by_year.items() if len(v) == 21}


ATLAS = os.path.join(DATA, "raw", "atlas-hs92-bilateral-cjk")
ATLAS_IDS = {"CHN": "43", "JPN": "114", "KOR": "121"}


def read_atlas_chapter_codes():
    """{product_id: two-digit chapter code} from the Atlas's product table."""
    with open(os.path.join(ATLAS, "hs_product.csv"), encoding="utf-8") as f:
        return {r["product_id"]: r["hs_product_code"] for r in csv.DictReader(f) if r["level"] == "2digit"}


def read_atlas(code, year, chapters):
    """({partner_id: {chapter: (exports, imports)}}, {chapter: (world exports, world imports)})."""
    by_partner, world = {}, {}
    with open(os.path.join(ATLAS, f"{code}_hs2_{year}.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            chapter = chapters[r["product_id"]]
            x, m = float(r["export_value"]), float(r["import_value"])
            by_partner.setdefault(r["partner_id"], {})[chapter] = (x, m)
            wx, wm = world.get(chapter, (0.0, 0.0))
            world[chapter] = (wx + x, wm + m)
    return by_partner, world


def read_wiod():
    """[(year, exporter, importer, sector number, intermediate, total)] from the WIOD file."""
    path = os.path.join(DATA, "raw", "wiod2013-cjk", "wiod2013_cjk_bilateral_by_sector_1995_2011.csv")
    with open(path, encoding="utf-8") as f:
        return [(int(r["year"]), r["exporter"], r["importer"], int(r["wiod_sector"][1:]),
                 float(r["intermediate_musd"]), float(r["total_musd"])) for r in csv.DictReader(f)]


def shares(values):
    total = sum(values)
    return [v / total for v in values]


def main():
    wits = {code: read_wits(code) for code in WITS_FILES}
    exports16 = {code: {y: [wits[code][("World", g, "Export(US$ Mil)")][y] for g in WITS_GROUPS]
                        for y in wits[code][("World", "Animal", "Export(US$ Mil)")]}
                 for code in WITS_FILES}
    oec_x = {c: read_oec(c, "Exports") for c in OEC_NAMES}
    oec_m = {c: read_oec(c, "Imports") for c in OEC_NAMES}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["index", "classification", "year", "reporter", "partner", "product", "value"])
    three = ["CHN", "JPN", "KOR"]

    def row(index, year, reporter, partner, product, value, classification=None):
        if classification is None:
            classification = {"rca": "wits16", "rsca": "wits16", "esi": "wits16", "tii": "total"}.get(index, "hs_section")
        out.writerow([index, classification, year, reporter, partner, product, f"{value:.10f}"])

    # TCI on OEC sections: 100 * (1 - 0.5 * sum |m_j - x_i|).
    for year in (2010, 2014, 2018):
        for i in three:
            for j in three:
                if i != j:
                    x, m = shares(oec_x[i][year]), shares(oec_m[j][year])
                    row("tci", year, i, j, "all", 100 * (1 - 0.5 * sum(abs(a - b) for a, b in zip(m, x))))
    # RCA and RSCA on WITS groups; totals are the sums of the groups.
    for year in (1995, 2019):
        world = shares(exports16["WLD"][year])
        for i in three:
            country = shares(exports16[i][year])
            for group, c, w in zip(WITS_GROUPS, country, world):
                rca = c / w
                row("rca", year, i, "WLD", group, rca)
                row("rsca", year, i, "WLD", group, (rca - 1) / (rca + 1))
    # ESI on WITS groups and on OEC sections.
    for (a, b) in (("CHN", "JPN"), ("CHN", "KOR"), ("JPN", "KOR")):
        for year in (2000, 2019):
            sa, sb = shares(exports16[a][year]), shares(exports16[b][year])
            row("esi", year, a, b, "all", 100 * sum(min(p, q) for p, q in zip(sa, sb)))
        sa, sb = shares(oec_x[a][2014]), shares(oec_x[b][2014])
        row("esi", 2014, a, b, "all", 100 * sum(min(p, q) for p, q in zip(sa, sb)), "hs_section")
    # TSC and GL per section, GL aggregate, on OEC sections.
    for i in three:
        for year in (2012, 2018):
            xs, ms = oec_x[i][year], oec_m[i][year]
            for section, (x, m) in enumerate(zip(xs, ms), start=1):
                row("tsc", year, i, "WLD", section, (x - m) / (x + m))
                row("gl", year, i, "WLD", section, 1 - abs(x - m) / (x + m))
            row("gl_aggregate", year, i, "WLD", "all",
                1 - sum(abs(x - m) for x, m in zip(xs, ms)) / sum(x + m for x, m in zip(xs, ms)))
    # TII on WITS totals: (X_ij / X_i) / (M_j / M_w).
    world_imports = wits["WLD"][("World", "All Products", "Imports (in US$ Mil)")]
    for year in (2005, 2019):
        for i in three:
            exports_total = wits[i][("World", "All Products", "Exports (in US$ Mil)")][year]
            for j in three:
                if i == j:
                    continue
                to_j = wits[i].get((WITS_PARTNER[j], "All Products", "Trade (US$ Mil)-Top 5 Export Partner"), {})
                if year not in to_j:
                    continue
                imports_j = wits[j][("World", "All Products", "Imports (in US$ Mil)")][year]
                row("tii", year, i, j, "all", (to_j[year] / exports_total) / (imports_j / world_imports[year]))

    # Between the three, on the Atlas chapters: TCI (world shares, each reporter's world = the sum
    # over its partners), bilateral GL and TSC for a few chapters, the bilateral GL aggregate over
    # every chapter either side lists, and export shares.
    codes = read_atlas_chapter_codes()
    for year in (2012, 2020):
        atlas = {c: read_atlas(c, year, codes) for c in three}
        order = sorted(atlas["CHN"][1])
        for i in three:
            for j in three:
                if i == j:
                    continue
                x = shares([atlas[i][1][k][0] for k in order])
                m = shares([atlas[j][1][k][1] for k in order])
                row("tci", year, i, j, "all", 100 * (1 - 0.5 * sum(abs(a - b) for a, b in zip(m, x))), "hs2")
                flows = atlas[i][0][ATLAS_IDS[j]]
                for chapter in ("27", "84", "85", "87", "90"):
                    x_ij, x_ji = flows[chapter]
                    row("gl", year, i, j, chapter, 1 - abs(x_ij - x_ji) / (x_ij + x_ji), "hs2")
                    row("tsc", year, i, j, chapter, (x_ij - x_ji) / (x_ij + x_ji), "hs2")
                imbalance = sum(abs(a - b) for a, b in flows.values())
                row("gl_aggregate", year, i, j, "all", 1 - imbalance / sum(a + b for a, b in flows.values()), "hs2")
                to_j = sum(a for a, _ in flows.values())
                for chapter in ("84", "85"):
                    row("export_share", year, i, j, chapter, 100 * flows[chapter][0] / to_j, "hs2")
            to_world = sum(a for a, _ in atlas[i][1].values())
            row("export_share", year, i, "WLD", "27", 100 * atlas[i][1]["27"][0] / to_world, "hs2")
    # Intermediate share of goods (c1-c16) and of electrical and optical equipment (c14), WIOD.
    wiod = read_wiod()
    for year in (1995, 2011):
        for i in three:
            for j in three:
                if i == j:
                    continue
                goods = [r for r in wiod if r[0] == year and r[1] == i and r[2] == j and r[3] <= 16]
                row("intermediate_share", year, i, j, "goods",
                    100 * sum(r[4] for r in goods) / sum(r[5] for r in goods), "wiod35")
                c14 = [r for r in goods if r[3] == 14][0]
                row("intermediate_share", year, i, j, "c14", 100 * c14[4] / c14[5], "wiod35")


if __name__ == "__main__":
    main()
