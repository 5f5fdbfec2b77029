#!/usr/bin/env python3
"""The SDK's scoring conformance suite: an implementation written only from the published rule documents.

  python3 conformance.py --inputs   # (re)writes <id>.in.csv from a seeded generator (committed; rarely needed)
  python3 conformance.py            # scores every <id>.in.csv with the rule documents -> <id>.expected.csv

It reads ../src/main/resources/org/socialprescribing/measures/rules/<id>.json and nothing of the Java code, so the
expected outputs are an independent reading of the documents; sp-measures' ConformanceSuiteTest checks that the
Java scorers give the same outputs. Standard library only (Python 3.8+).
"""
import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "src", "main", "resources", "org", "socialprescribing", "measures", "rules")
INSTRUMENTS = ["ons4", "wemwbs", "swemwbs", "ucla3", "ons_loneliness", "phq9", "gad7"]
INTEGER = re.compile(r"^ *[+-]?[0-9]+ *$")


def rule(instrument):
    with open(os.path.join(RULES, instrument + ".json"), encoding="utf-8") as f:
        return json.load(f)


def write_inputs(doc, rng):
    items = doc["items"]
    rows = []
    # Every answer at its lowest, its highest, and each band edge through a uniform row.
    for fill in ("min", "max"):
        rows.append([str(it["answers"][fill]) if it["answers"] != "any" else "" for it in items])
    for _ in range(40):
        row = []
        for it in items:
            a = it["answers"]
            roll = rng.random()
            if a == "any":
                row.append(rng.choice(["", "0", "2", "Somewhat difficult", "2.5", "x"]))
            elif roll < 0.06:
                row.append("")
            elif roll < 0.09:
                row.append(str(a["max"] + rng.randint(1, 3)))
            elif roll < 0.11:
                row.append(rng.choice(["2.5", "two", "3.0"]))
            else:
                row.append(str(rng.randint(a["min"], a["max"])))
        rows.append(row)
    with open(os.path.join(HERE, doc["id"] + ".in.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + [it["key"] for it in items])
        for i, row in enumerate(rows, 1):
            w.writerow(["r%d" % i] + row)


def band(bands, component, value):
    for table in bands:
        if table["component"] == component:
            for b in table["bands"]:
                if b["min"] <= value <= b["max"]:
                    return b["code"]
    return ""


def score(doc, answers):
    """Returns status, {component: value text}, {component: band}, [flags]."""
    codes, invalid = {}, False
    for it in doc["items"]:
        text = answers.get(it["key"], "")
        if text.strip() == "" or it["answers"] == "any":
            continue
        if not INTEGER.match(text) or not (it["answers"]["min"] <= int(text) <= it["answers"]["max"]):
            invalid = True
            continue
        codes[it["key"]] = int(text)
    weight = lambda it: it["answers"]["weights"][codes[it["key"]] - it["answers"]["min"]]
    missing = any(it["required"] and answers.get(it["key"], "").strip() == "" for it in doc["items"])
    status = "invalid" if invalid else ("incomplete" if missing else "scored")
    s = doc["scoring"]
    values, bands, flags = {}, {}, []
    if s["kind"] == "summed":
        for f in s["flags"]:
            it = doc["items"][f["item"] - 1]
            if it["key"] in codes and codes[it["key"]] > f["above"]:
                flags.append(f["code"])
        if status == "scored":
            total = sum(weight(it) for it in doc["items"] if it["scored"])
            values[s["total"]] = str(total)
            bands[s["total"]] = band(s["bands"], s["total"], total)
            if "conversion" in s:
                c = s["conversion"]
                values[c["component"]] = c["values"][total - c["firstRaw"]]
    elif s["kind"] == "separate":
        for it in doc["items"]:
            if it["key"] in codes:
                values[it["name"]] = str(weight(it))
                bands[it["name"]] = band(s["bands"], it["name"], weight(it))
    return status, values, bands, flags


def components(doc):
    s = doc["scoring"]
    if s["kind"] == "summed":
        out = [s["total"]] + ([s["conversion"]["component"]] if "conversion" in s else [])
    else:
        out = [it["name"] for it in doc["items"]]
    return out


def write_expected(doc):
    names = components(doc)
    with open(os.path.join(HERE, doc["id"] + ".in.csv"), encoding="utf-8") as f, \
            open(os.path.join(HERE, doc["id"] + ".expected.csv"), "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        header = ["id", "status"]
        for n in names:
            header += [n, n + "_band"]
        w.writerow(header + ["flags"])
        for row in csv.DictReader(f):
            status, values, bands, flags = score(doc, row)
            cells = [row["id"], status]
            for n in names:
                cells += [values.get(n, ""), bands.get(n, "")]
            w.writerow(cells + [";".join(flags)])


def main():
    for instrument in INSTRUMENTS:
        doc = rule(instrument)
        if len(sys.argv) > 1 and sys.argv[1] == "--inputs":
            write_inputs(doc, random.Random("sp-conformance-" + instrument))
        else:
            write_expected(doc)


if __name__ == "__main__":
    main()
