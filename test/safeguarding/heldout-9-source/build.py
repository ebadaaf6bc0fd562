"""Builds corpus-heldout-9.json from statements.txt (hand-written lines: categories|type|severity|text)."""
import json, random, re
# Markers for invisible characters.
MARK = {"{ZW}": "\u200b", "{ZNJ}": "\u200c", "{ZWJ}": "\u200d", "{WJ}": "\u2060", "{BOM}": "\ufeff", "{SHY}": "\u00ad"}
# {C:word} / {G:word}: Latin letters in the span are swapped for Cyrillic / Greek look-alikes, so the source stays
# readable and the swap is reproducible (typing look-alikes by hand makes them impossible to review).
CYR = str.maketrans("aeopcxisyhj", "\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u0455\u0443\u04bb\u0458")
GRK = str.maketrans("aeiopuvk", "αειορυνκ")
TYPES = {"ex": "explicit", "pa": "paraphrased", "sl": "slang", "re": "reported", "ob": "obfuscated", "ne": "negated", "be": "benign"}
SEV = {"c": "clear", "p": "possible"}
out = []
for n, line in enumerate(open("statements.txt", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    cats, t, sev, text = line.split("|", 3)
    for k, v in MARK.items():
        text = text.replace(k, v)
    text = re.sub(r"\{C:([^}]*)\}", lambda m: m.group(1).translate(CYR), text)
    text = re.sub(r"\{G:([^}]*)\}", lambda m: m.group(1).translate(GRK), text)
    if "{" in text or "}" in text:
        raise SystemExit(f"line {n}: unknown marker in {text!r}")
    if t not in TYPES or (sev != "-" and sev not in SEV):
        raise SystemExit(f"line {n}: bad type or severity code")
    obj = {"text": text, "expected": [] if cats == "-" else cats.split(","), "type": TYPES[t]}
    if sev != "-":
        obj["severity"] = SEV[sev]
    out.append(obj)
random.Random(9).shuffle(out)
with open("corpus-heldout-9.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(out), "statements written to corpus-heldout-9.json")
