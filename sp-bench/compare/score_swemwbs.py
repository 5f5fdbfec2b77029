#!/usr/bin/env python3
"""Baseline for docs/PERFORMANCE.md: SWEMWBS scoring with Python's csv module, the same contract as `sp score swemwbs`.

  python3 score_swemwbs.py in.csv > out.csv

Reads id and swemwbs_1..swemwbs_7; writes id,raw,metric,status,message with the SDK's rules: an answer is an
integer 1..5 (spaces allowed), blank is missing; any invalid answer makes the row invalid (the first one named),
otherwise a missing answer makes it incomplete; a complete row gets the raw sum and the metric score from the
conversion table; missing items are listed as sp lists them (runs of three or more shortened). Standard library only.
"""
import csv
import sys

METRIC = ["7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75", "15.32", "15.84", "16.36", "16.88", "17.43",
          "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21", "24.11", "25.03", "26.02", "27.03",
          "28.13", "29.31", "30.70", "32.55", "35.00"]
KEYS = ["swemwbs_%d" % i for i in range(1, 8)]


def runs(numbers):
    """Item numbers as sp writes them: runs of three or more shortened, e.g. swemwbs_4..swemwbs_6."""
    out, start = [], 0
    for i in range(1, len(numbers) + 1):
        if i == len(numbers) or numbers[i] != numbers[i - 1] + 1:
            if i - start >= 3:
                out.append("swemwbs_%d..swemwbs_%d" % (numbers[start], numbers[i - 1]))
            else:
                out.extend("swemwbs_%d" % n for n in numbers[start:i])
            start = i
    return out


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        idx = header.index("id")
        cols = [header.index(k) for k in KEYS]
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["id", "raw", "metric", "status", "message"])
        counts = {"scored": 0, "incomplete": 0, "invalid": 0}
        for row in reader:
            if not row:
                continue
            total, missing, bad = 0, [], None
            for number, (key, c) in enumerate(zip(KEYS, cols), 1):
                cell = row[c].strip()
                if cell == "":
                    missing.append(number)
                    continue
                try:
                    v = int(cell)
                except ValueError:
                    bad = bad or "%s: %s is not an integer" % (key, cell)
                    continue
                if v < 1 or v > 5:
                    bad = bad or "%s: %s is outside 1..5" % (key, cell)
                    continue
                total += v
            if bad:
                out.writerow([row[idx], "", "", "invalid", bad])
                counts["invalid"] += 1
            elif missing:
                out.writerow([row[idx], "", "", "incomplete", "missing " + ", ".join(runs(missing))])
                counts["incomplete"] += 1
            else:
                out.writerow([row[idx], total, METRIC[total - 7], "scored", ""])
                counts["scored"] += 1
        print("swemwbs: %d rows: %d scored, %d incomplete, %d invalid" % (
            sum(counts.values()), counts["scored"], counts["incomplete"], counts["invalid"]), file=sys.stderr)


if __name__ == "__main__":
    main()
