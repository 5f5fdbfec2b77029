"""Hot methods of a JFR recording (jfr print --json --events jdk.ExecutionSample), for spark-vs-cli.sh JFR=1.

Prints the share of samples per thread, the top self methods and the inclusive share of the frames that tell where
a Spark task's time goes (our expression, CSV/Parquet reading and writing, code generation).
"""
import collections
import json
import re
import sys

events = json.load(open(sys.argv[1]))["recording"]["events"]
self_time, inclusive, threads = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
for event in events:
    stack = (event["values"].get("stackTrace") or {}).get("frames") or []
    if not stack:
        continue
    samples += 1
    threads[(event["values"].get("sampledThread") or {}).get("javaName") or "?"] += 1
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in stack]
    self_time[names[0]] += 1
    for name in set(names):
        inclusive[name] += 1
print("samples", samples)
for thread, n in threads.most_common(5):
    print(f"thread {100 * n / samples:5.1f}% {thread}")
print("--- self")
for name, n in self_time.most_common(25):
    print(f"{100 * n / samples:5.1f}% {name}")
print("--- inclusive (task, reading, writing, our code)")
wanted = re.compile(r"executeTask$|UnivocityParser\.parse$|VectorizedParquetRecordReader\.nextBatch|"
                    r"OutputWriter\.write$|ScoreExpression\.|ContractRows\.|BatchScorer\.|processNext$")
for name, n in inclusive.most_common():
    if wanted.search(name):
        print(f"{100 * n / samples:5.1f}% {name}")
