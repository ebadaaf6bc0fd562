"""Validates corpus-heldout-7.json; prints OK when every check passes."""
import json, sys, difflib, collections, itertools
CATS = ["suicide", "self_harm", "harm_to_others", "domestic_abuse", "adult_at_risk",
        "child_safeguarding", "eating_disorder", "substance_crisis", "no_safe_place"]
TYPES = ["explicit", "paraphrased", "slang", "reported", "obfuscated", "negated", "benign"]
MIN_PER_TYPE = {"explicit": 4, "paraphrased": 6, "slang": 3, "reported": 4, "obfuscated": 4, "negated": 3}
data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "corpus-heldout-7.json", encoding="utf-8"))
errors = []
def err(m): errors.append(m)
if not isinstance(data, list): err("not a list")
texts = set()
for i, o in enumerate(data):
    keys = set(o)
    if not {"text", "expected", "type"} <= keys or keys - {"text", "expected", "type", "severity"}:
        err(f"{i}: bad keys {keys}")
    if o["text"] in texts: err(f"{i}: duplicate text")
    texts.add(o["text"])
    if not all(c in CATS for c in o["expected"]) or len(set(o["expected"])) != len(o["expected"]):
        err(f"{i}: bad categories {o['expected']}")
    if o["type"] not in TYPES: err(f"{i}: bad type {o['type']}")
    if bool(o["expected"]) != ("severity" in o): err(f"{i}: severity iff expected")
    if "severity" in o and o["severity"] not in ("clear", "possible"): err(f"{i}: bad severity")
    if o["type"] == "benign" and o["expected"]: err(f"{i}: benign with risk")
    n = len(o["text"].split())
    if not 4 <= n <= 60: err(f"{i}: {n} words: {o['text']!r}")
risk = [o for o in data if o["expected"]]
benign = [o for o in data if o["type"] == "benign"]
if len(data) < 340: err(f"only {len(data)} statements")
if len(risk) < 250: err(f"only {len(risk)} risk statements")
if len(benign) < 90: err(f"only {len(benign)} benign")
negno = [o for o in data if o["type"] == "negated" and not o["expected"]]
if len(negno) < 5: err("too few negated no-risk")
multi = [o for o in risk if len(o["expected"]) > 1]
if not 5 <= len(multi) <= 10: err(f"{len(multi)} multi-label (want 5-10)")
possible = sum(o.get("severity") == "possible" for o in data)
clear = sum(o.get("severity") == "clear" for o in data)
if possible < 50: err(f"only {possible} possible")
if clear <= possible: err("severity should be mostly clear")
table = {c: collections.Counter() for c in CATS}
for o in risk:
    for c in o["expected"]:
        table[c][o["type"]] += 1
        table[c]["total"] += 1
        table[c][o["severity"]] += 1
for c in CATS:
    if table[c]["total"] < 24: err(f"{c}: only {table[c]['total']}")
    for t, m in MIN_PER_TYPE.items():
        if table[c][t] < m: err(f"{c}: {t} {table[c][t]} < {m}")
# similarity: difflib ratio on lower-cased text, every pair
low = [o["text"].lower() for o in data]
maxr, maxpair = 0.0, None
for a, b in itertools.combinations(range(len(low)), 2):
    sm = difflib.SequenceMatcher(None, low[a], low[b], autojunk=False)
    if sm.real_quick_ratio() <= 0.75 or sm.quick_ratio() <= 0.75:
        continue
    r = sm.ratio()
    if r > maxr: maxr, maxpair = r, (low[a], low[b])
    if r > 0.75: err(f"similar {r:.2f}: {low[a]!r} / {low[b]!r}")
# report
print(f"statements {len(data)}, risk {len(risk)}, no-risk {len(data)-len(risk)} (benign {len(benign)}, negated no-risk {len(negno)})")
print(f"severity: clear {clear}, possible {possible}; multi-label {len(multi)}")
print("types:", dict(collections.Counter(o["type"] for o in data)))
print(f"max pairwise similarity among pairs whose upper bound exceeds 0.75: {maxr:.3f} (all others are <= 0.75 by construction)")
print("| category | " + " | ".join(TYPES[:6]) + " | total | clear | possible |")
print("|---" * 10 + "|")
for c in CATS:
    print(f"| {c} | " + " | ".join(str(table[c][t]) for t in TYPES[:6]) + f" | {table[c]['total']} | {table[c]['clear']} | {table[c]['possible']} |")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
