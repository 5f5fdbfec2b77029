#!/usr/bin/env python3
"""Independent values for sp-measures' paired statistics, from SciPy and NumPy.

Run from this folder:  python3 crosscheck.py > expected.csv
Inputs: fixtures.csv (fixture,baseline,follow_up: one row per person; written once by `--generate`, committed).
Output: fixture,statistic,value (repr of the float). StatisticsCrossCheckTest compares the Java results with it.

What comes from where:
- t, df, p_value, mean change CI: scipy.stats.ttest_rel(follow_up, baseline) and its confidence_interval(0.95).
- Wilcoxon p-value and |z|: scipy.stats.wilcoxon(follow_up - baseline, zero_method="wilcox", correction=True,
  method="exact" when at most 50 non-zero changes and no ties, else "approx"). V (sum of positive ranks) from
  scipy.stats.rankdata on the non-zero absolute changes.
- Wilson intervals: scipy.stats.binomtest(k, n).proportion_ci(0.95, method="wilson").
- Hedges' J: scipy.special.gammaln.
- Effect-size intervals (Bonett 2008): SciPy has no function for them, so they are computed here with NumPy from
  the published formulas (as in Bonett's R package statpsych, ci.stdmean1 and ci.stdmean.ps) -- an independent
  implementation of the same formulas, not an independent method. The Java test also checks statpsych's own
  published examples.
"""
import csv
import random
import sys

import numpy as np
import scipy
import scipy.special
import scipy.stats as st


def generate():
    rng = random.Random(20261207)
    rows = []
    # The worked PHQ-9 example of docs/measures.md and the golden sp change files.
    for b, f in zip([15, 12, 20, 8], [9, 11, 14, 10]):
        rows.append(("phq9_example", b, f))
    # Ten distinct non-zero changes: the exact Wilcoxon distribution.
    for b, f in zip([20, 22, 18, 25, 19, 21, 23, 17, 24, 26], [23, 20, 25, 26, 27, 21.5, 32, 15.5, 28, 20.5]):
        rows.append(("exact_small", b, f))
    # SWEMWBS metric scores (two decimals, from the conversion table): ties and zeros, normal approximation.
    table = [7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59,
             19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00]
    for _ in range(60):
        raw = rng.randint(12, 28)
        follow = max(7, min(35, raw + rng.choice([-3, -1, 0, 0, 1, 2, 2, 3, 4, 5])))
        rows.append(("swemwbs_metric", table[raw - 7], table[follow - 7]))
    # A large cohort of integer totals (PHQ-9 range) with many ties and zeros.
    for _ in range(400):
        b = rng.randint(5, 27)
        f = max(0, min(27, b + rng.randint(-9, 4)))
        rows.append(("phq9_large", b, f))
    with open("fixtures.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["fixture", "baseline", "follow_up"])
        for r in rows:
            w.writerow([r[0], f"{r[1]:g}" if isinstance(r[1], int) else f"{r[1]:.2f}",
                        f"{r[2]:g}" if isinstance(r[2], int) else f"{r[2]:.2f}"])


def emit(w, fixture, name, value):
    w.writerow([fixture, name, repr(float(value))])


def bonett(est, se):
    z = st.norm.ppf(0.975)
    return est - z * se, est + z * se


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--generate":
        generate()
        return
    data = {}
    with open("fixtures.csv") as f:
        for row in csv.DictReader(f):
            data.setdefault(row["fixture"], ([], [], []))
            data[row["fixture"]][0].append(float(row["baseline"]))
            data[row["fixture"]][1].append(float(row["follow_up"]))
            # exact change in hundredths, so ties are exact
            data[row["fixture"]][2].append(round(float(row["follow_up"]) * 100) - round(float(row["baseline"]) * 100))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["fixture", "statistic", "value"])
    w.writerow(["#versions", "python " + sys.version.split()[0], "scipy " + scipy.__version__ + " numpy " + np.__version__])
    for name, (x, y, dh) in data.items():
        x = np.array(x)
        y = np.array(y)
        d = np.array(dh) / 100.0
        n = len(x)
        df = n - 1
        emit(w, name, "n", n)
        emit(w, name, "baseline_mean", x.mean())
        emit(w, name, "baseline_sd", x.std(ddof=1))
        emit(w, name, "follow_up_mean", y.mean())
        emit(w, name, "follow_up_sd", y.std(ddof=1))
        emit(w, name, "mean_change", d.mean())
        emit(w, name, "change_sd", d.std(ddof=1))
        t = st.ttest_rel(y, x)
        ci = t.confidence_interval(0.95)
        emit(w, name, "t", t.statistic)
        emit(w, name, "df", t.df)
        emit(w, name, "p_value", t.pvalue)
        emit(w, name, "ci95_lower", ci.low)
        emit(w, name, "ci95_upper", ci.high)
        nz = np.array([v for v in dh if v != 0])
        ranks = st.rankdata(np.abs(nz))
        ties = len(np.unique(np.abs(nz))) != len(nz)
        exact = len(nz) <= 50 and not ties
        wx = st.wilcoxon(np.array(dh, dtype=float), zero_method="wilcox", correction=True,
                         method="exact" if exact else "approx")
        emit(w, name, "wilcoxon_n", len(nz))
        emit(w, name, "wilcoxon_zeros", n - len(nz))
        emit(w, name, "wilcoxon_v", ranks[nz > 0].sum())
        emit(w, name, "wilcoxon_p_value", wx.pvalue)
        emit(w, name, "wilcoxon_exact", 1 if exact else 0)
        if not exact:
            emit(w, name, "wilcoxon_abs_z", abs(wx.zstatistic))
        v1, v2, vd = x.var(ddof=1), y.var(ddof=1), d.var(ddof=1)
        c = np.cov(x, y, ddof=1)[0, 1]
        md = d.mean()
        dz = md / np.sqrt(vd)
        lo, hi = bonett(dz, np.sqrt(dz ** 2 / (2 * df) + 1 / df))
        emit(w, name, "effect_size_dz", dz)
        emit(w, name, "effect_size_dz_ci95_lower", lo)
        emit(w, name, "effect_size_dz_ci95_upper", hi)
        db = md / np.sqrt(v1)
        lo, hi = bonett(db, np.sqrt(db ** 2 / (2 * df) + vd / (df * v1)))
        emit(w, name, "effect_size_baseline_sd", db)
        emit(w, name, "effect_size_baseline_sd_ci95_lower", lo)
        emit(w, name, "effect_size_baseline_sd_ci95_upper", hi)
        s2 = (v1 + v2) / 2
        dav = md / np.sqrt(s2)
        se = np.sqrt(dav ** 2 * (v1 ** 2 + v2 ** 2 + 2 * c ** 2) / (8 * df * s2 ** 2) + vd / (df * s2))
        lo, hi = bonett(dav, se)
        emit(w, name, "effect_size_dav", dav)
        emit(w, name, "effect_size_dav_ci95_lower", lo)
        emit(w, name, "effect_size_dav_ci95_upper", hi)
        if n >= 3:
            j = np.exp(scipy.special.gammaln(df / 2) - scipy.special.gammaln((df - 1) / 2)) / np.sqrt(df / 2)
            emit(w, name, "hedges_g_av", j * dav)
            emit(w, name, "hedges_g_av_ci95_lower", j * lo)
            emit(w, name, "hedges_g_av_ci95_upper", j * hi)
    for k, n in [(0, 10), (3, 10), (10, 10), (2, 4), (523, 1000), (1, 1)]:
        ci = st.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
        emit(w, f"wilson_{k}_{n}", "lower", ci.low)
        emit(w, f"wilson_{k}_{n}", "upper", ci.high)


if __name__ == "__main__":
    main()
