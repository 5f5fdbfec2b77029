#!/usr/bin/env python3
"""Where a warm FHIR validation spends its time (issue 12; docs/PERFORMANCE.md): the top frames of a JFR recording's
execution samples, by self and by total, and shares of the samples by category (terminology, FHIRPath invariants,
slicing, Questionnaire checks, references within the Bundle, the OID registry CSV, regular expressions, ...).
Categories overlap; a share is the fraction of samples with such a frame anywhere on the stack.

  python3 sp-bench/jfr-top.py validate.jfr [STACK_FILTER] [LAST_FRACTION] [CALLER_OF ...]

STACK_FILTER (default FhirValidation.validate) keeps the samples with that frame on the stack; LAST_FRACTION (default
1.0) keeps the last part of them (0.5: the second half, after JMH's warm-up); each CALLER_OF prints who calls that
frame. CHILDREN=frame,frame in the environment prints what those frames call. Record with JMH's
-jvmArgsAppend -XX:StartFlightRecording=filename=validate.jfr,settings=profile (see docs/PERFORMANCE.md)."""
import json, subprocess, sys, collections, re
rec = sys.argv[1]
flt = sys.argv[2] if len(sys.argv) > 2 else "FhirValidation.validate"
last = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "400", "--events", "jdk.ExecutionSample", rec],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
def name(f):
    m = f["method"]; t = m["type"]["name"].split(".")[-1]
    return t + "." + m["name"]
samples = []
for e in events:
    st = e["values"]["stackTrace"]
    if not st: continue
    frames = [name(f) for f in st["frames"]]
    if flt and not any(flt in f for f in frames): continue
    samples.append((e["values"]["startTime"], frames))
samples.sort()
samples = samples[int(len(samples) * (1 - last)):]
n = len(samples)
print(f"{n} samples with {flt} on the stack (last {last:.0%})")
selfc = collections.Counter(s[1][0] for s in samples)
total = collections.Counter()
for _, fr in samples:
    for f in set(fr): total[f] += 1
print("-- top self"); [print(f"{c*100/n:5.1f}% {f}") for f, c in selfc.most_common(25)]
print("-- top total"); [print(f"{c*100/n:5.1f}% {f}") for f, c in total.most_common(60)]
cats = [
 ("OID registry CSV (OIDUtilities.<init>)", r"OIDUtilities\.<init>"),
 ("InstanceValidator constructor (total)", r"InstanceValidator\.<init>"),
 ("FHIRPathEngine constructor (total)", r"FHIRPathEngine\.<init>"),
 ("regex compile (Pattern.compile/<init>)", r"^Pattern\.(compile|<init>)$"),
 ("regex (any Pattern/Matcher frame)", r"^(Pattern|Matcher)\."),
 ("parse input (the core library's element model parser, Gson)", r"^(JsonParser\.parse|ParserBase\.parse|Gson\.fromJson|JsonParser\.parseResource)$"),
 ("terminology (validateCode / ValueSet / CodeSystem)", r"(validateCode|ValueSetValidator|ValueSetExpander|checkCodeOnServer|CodeSystem|validateCodeInValueSet|lookupCode|TerminologyServiceValidation|checkBinding|InMemoryTerminology)"),
 ("FHIRPath evaluation (FHIRPathEngine.evaluate*/execute)", r"^FHIRPathEngine\.(evaluate|execute)"),
 ("FHIRPath parse", r"^FHIRPathEngine\.parse"),
 ("invariants (checkInvariant*)", r"InstanceValidator\.(checkInvariant|checkInvariants)"),
 ("slicing (sliceMatches/evaluateSlicing)", r"InstanceValidator\.(sliceMatches|evaluateSlicingExpression|assignChildren|matchSlice)"),
 ("Questionnaire checks", r"QuestionnaireValidator\."),
 ("reference resolution (validateReference/resolve)", r"(InstanceValidator\.(checkReference|resolve|localResolve|resolveInBundle)|BaseValidator\.resolveInBundle)"),
 ("bundle checks (BundleValidator)", r"BundleValidator\."),
 ("fetch conformance resources (WorkerContext/chain)", r"(WorkerContext\.fetchResource|ValidationSupportChain\.fetch)"),
 ("SDK guard (InputGuard)", r"InputGuard\."),
]
print("-- categories (total, overlapping)")
for label, pat in cats:
    r = re.compile(pat)
    c = sum(1 for _, fr in samples if any(r.search(f.split("/")[-1]) for f in fr))
    print(f"{c*100/n:5.1f}% {label}")

callers = sys.argv[4:] 
for target in callers:
    cc = collections.Counter()
    for _, fr in samples:
        for i, f in enumerate(fr):
            if f.endswith(target):
                cc[" < ".join(x.split("/")[-1] for x in fr[i+1:i+5])] += 1
                break
    print("-- callers of", target)
    for k, c in cc.most_common(8): print(f"{c*100/n:5.1f}% {k}")
import os
for target in os.environ.get("CHILDREN","").split(","):
    if not target: continue
    cc = collections.Counter()
    for _, fr in samples:
        for i, f in enumerate(fr):
            if f.endswith(target):
                cc[" > ".join(x.split("/")[-1] for x in reversed(fr[max(0,i-3):i]))] += 1
                break
    print("-- children of", target)
    for k, c in cc.most_common(15): print(f"{c*100/n:5.1f}% {k}")
