"""Validates corpus-heldout-9.json; prints the category x type table and OK, or the problems and exits 1."""
import json, sys, difflib, collections, itertools, unicodedata
CATS = ["suicide", "self_harm", "harm_to_others", "domestic_abuse", "adult_at_risk",
        "child_safeguarding", "eating_disorder", "substance_crisis", "no_safe_place"]
TYPES = ["explicit", "paraphrased", "slang", "reported", "obfuscated", "negated", "benign"]
MIN_PER_TYPE = {"explicit": 3, "paraphrased": 5, "slang": 3, "reported": 4, "obfuscated": 4, "negated": 3}
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "corpus-heldout-9.json", encoding="utf-8"))
errors = []
def err(m): errors.append(m)
if not isinstance(data, list): err("not a list"); data = []
texts = set()
for i, o in enumerate(data):
    keys = set(o)
    if not {"text", "expected", "type"} <= keys or keys - {"text", "expected", "type", "severity"}:
        err(f"{i}: bad keys {keys}"); continue
    if not isinstance(o["text"], str) or not isinstance(o["expected"], list): err(f"{i}: bad value types"); continue
    if o["text"] in texts: err(f"{i}: duplicate text")
    texts.add(o["text"])
    if "{" in o["text"]: err(f"{i}: unconverted marker")
    if not all(c in CATS for c in o["expected"]) or len(set(o["expected"])) != len(o["expected"]):
        err(f"{i}: bad categories {o['expected']}")
    if o["type"] not in TYPES: err(f"{i}: bad type {o['type']}")
    if bool(o["expected"]) != ("severity" in o): err(f"{i}: severity must be present iff expected is non-empty")
    if "severity" in o and o["severity"] not in ("clear", "possible"): err(f"{i}: bad severity")
    if o["type"] == "benign" and o["expected"]: err(f"{i}: benign with risk")
    n = len(o["text"].split())
    if not 4 <= n <= 90: err(f"{i}: {n} words: {o['text']!r}")
risk = [o for o in data if o["expected"]]
benign = [o for o in data if o["type"] == "benign"]
negno = [o for o in data if o["type"] == "negated" and not o["expected"]]
multi = [o for o in risk if len(o["expected"]) > 1]
if len(data) < 320: err(f"only {len(data)} statements (want >= 320)")
if len(risk) < 230: err(f"only {len(risk)} risk statements (want >= 230)")
if len(benign) < 80: err(f"only {len(benign)} benign (want >= 80)")
if len(negno) < 9: err(f"only {len(negno)} negated no-risk (want >= 9)")
if not 5 <= len(multi) <= 15: err(f"{len(multi)} multi-label (want 5-15)")
# obfuscated statements: count which kinds of obfuscation they use; lines with none of the
# mechanical kinds are typo/misspelling lines, which are allowed but reported.
import re
def obf_kind(t):
    if set(t) & INVISIBLE: return "invisible"
    if any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in t): return "look-alike letters"
    if any(unicodedata.category(c) == "So" for c in t): return "emoji for words"
    if re.search(r"[a-z][0-9]|[0-9][a-z]", t, re.I): return "digits for letters"
    if re.search(r"\b\w[.-]\w[.-]\w", t) or sum(len(w) == 1 for w in t.split()) >= 4: return "split letters"
    return "typos / repeated letters"
obf = collections.Counter(obf_kind(o["text"]) for o in data if o["type"] == "obfuscated")
# set 9: every obfuscation kind must appear at least 5 times, so a detector weak on one kind shows it
for k in ("invisible", "look-alike letters", "emoji for words", "digits for letters", "split letters", "typos / repeated letters"):
    if obf[k] < 5: err(f"obfuscation kind {k!r}: only {obf[k]} (want >= 5)")
# set 9: benign lines must not carry invisible characters (that would test the normaliser, not the look-alike)
for o in data:
    if o["type"] == "benign" and (set(o["text"]) & INVISIBLE): err("benign with invisible characters")
clear = sum(o.get("severity") == "clear" for o in data)
possible = sum(o.get("severity") == "possible" for o in data)
if possible < 50: err(f"only {possible} possible")
if clear <= possible: err("severity should be mostly clear")
table = {c: collections.Counter() for c in CATS}
for o in risk:
    for c in o["expected"]:
        table[c][o["type"]] += 1; table[c]["total"] += 1; table[c][o["severity"]] += 1
for c in CATS:
    if table[c]["total"] < 24: err(f"{c}: only {table[c]['total']} (want >= 24)")
    for t, m in MIN_PER_TYPE.items():
        if table[c][t] < m: err(f"{c}: {t} {table[c][t]} < {m}")
# similarity: full difflib ratio on lower-cased text for every pair whose upper bounds exceed 0.75
low = [o["text"].lower() for o in data]
maxr, maxpair = 0.0, None
for a, b in itertools.combinations(range(len(low)), 2):
    sm = difflib.SequenceMatcher(None, low[a], low[b], autojunk=False)
    if sm.real_quick_ratio() <= 0.75 or sm.quick_ratio() <= 0.75:
        continue
    r = sm.ratio()
    if r > maxr: maxr, maxpair = r, (low[a], low[b])
    if r > 0.75: err(f"similar {r:.2f}: {low[a]!r} / {low[b]!r}")
print(f"statements {len(data)}, risk {len(risk)}, no-risk {len(data)-len(risk)} (benign {len(benign)}, negated no-risk {len(negno)})")
print(f"severity: clear {clear}, possible {possible}; multi-label {len(multi)}")
print("types:", dict(collections.Counter(o["type"] for o in data)))
print("obfuscation kinds:", dict(obf))
print(f"max pairwise similarity (pairs passing the 0.75 pre-filter): {maxr:.3f}")
print("| category | " + " | ".join(TYPES[:6]) + " | total | clear | possible |")
print("|---" * 10 + "|")
for c in CATS:
    print(f"| {c} | " + " | ".join(str(table[c][t]) for t in TYPES[:6]) + f" | {table[c]['total']} | {table[c]['clear']} | {table[c]['possible']} |")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
