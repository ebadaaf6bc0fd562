"""Builds corpus-heldout-8.json from statements.txt (hand-written lines: categories|type|severity|text)."""
import json, random
# Markers for invisible characters; Cyrillic look-alike letters are typed directly in statements.txt.
MARK = {"{ZW}": "\u200b", "{ZNJ}": "\u200c", "{ZWJ}": "\u200d", "{WJ}": "\u2060", "{BOM}": "\ufeff", "{SHY}": "\u00ad"}
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
    if "{" in text:
        raise SystemExit(f"line {n}: unknown marker in {text!r}")
    obj = {"text": text, "expected": [] if cats == "-" else cats.split(","), "type": TYPES[t]}
    if sev != "-":
        obj["severity"] = SEV[sev]
    out.append(obj)
random.Random(8).shuffle(out)
with open("corpus-heldout-8.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(out), "statements written to corpus-heldout-8.json")
