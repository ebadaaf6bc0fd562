"""Builds corpus-heldout-7.json from statements.txt (hand-written lines)."""
import json, random
MARK = {"{ZW}": "\u200b", "{ZNJ}": "\u200c", "{ZWJ}": "\u200d", "{WJ}": "\u2060", "{BOM}": "\ufeff", "{SHY}": "\u00ad"}
TYPES = {"ex": "explicit", "pa": "paraphrased", "sl": "slang", "re": "reported", "ob": "obfuscated", "ne": "negated", "be": "benign"}
SEV = {"c": "clear", "p": "possible"}
out = []
for line in open("statements.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    cats, t, sev, text = line.split("|", 3)
    for k, v in MARK.items():
        text = text.replace(k, v)
    obj = {"text": text, "expected": [] if cats == "-" else cats.split(","), "type": TYPES[t]}
    if sev != "-":
        obj["severity"] = SEV[sev]
    out.append(obj)
random.Random(7).shuffle(out)
with open("corpus-heldout-7.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(out))
