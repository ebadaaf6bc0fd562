/**
 * A literal prefilter for the baseline rules (issue 22). Most of a message's safeguarding check
 * was some 260 long regexes each scanning text that cannot match them. Every rule's pattern has
 * words a match cannot do without ("suicid" in `suicid(?:e|al|ally|es)`; one of "myself",
 * "himself", … in `kill\w* {REFL}`), so the words are derived from the pattern once, all rules'
 * words go into one automaton, and a message runs only the rules whose words it contains: one pass
 * over the text instead of ~260 regex scans. The regexes that do run are the same regexes, in the
 * same order, on the same text, so the flags cannot change — test/safeguarding/prefilter.test.ts
 * checks that against the straightforward path on every corpus statement and disguise.
 *
 * Soundness is the one rule here: a requirement may be weaker than the regex (it only lets more
 * rules run) but never stronger. So anything the analysis does not understand — a construct the
 * parser does not know, a backreference, `\w`, `.`, a lookaround's contents — counts as "could be
 * anything" and adds no requirement; a pattern it cannot parse at all gets no requirement and its
 * rule always runs.
 */

/** At least one of these strings occurs in every match. */
type Clause = ReadonlySet<string>;

/**
 * What the analysis knows about a piece of pattern: `exact` is a finite set containing every
 * string the piece can match (null when unknown or too many), `clauses` are requirements that
 * all hold of every match (an empty list: no requirement).
 */
interface Info {
  exact: Set<string> | null;
  clauses: Clause[];
}

/** Largest exact set kept while multiplying out a concatenation; beyond it the set becomes a requirement. */
const MAX_EXACT = 64;
/** Literals shorter than this occur in nearly every message, so a rule's clause with one is dropped (a weaker, still sound, filter). */
const MIN_LITERAL = 2;
/** Clauses kept from an alternation, and per rule: more would filter a little better for a larger automaton. */
const ALTERNATIVE_CLAUSES = 3;
const RULE_CLAUSES = 4;
/** Literals are cut to this many characters around their longest word: a far smaller automaton for almost the same filtering. */
const MAX_LITERAL = 8;

const ANY: Info = { exact: null, clauses: [] };
const EMPTY = (): Info => ({ exact: new Set(['']), clauses: [] });

class Unsupported extends Error {}

/** Requirements of an info as clauses, counting its exact set as one when it is known. */
function clausesOf(info: Info): Clause[] {
  if (info.exact && !info.exact.has('')) return [info.exact, ...info.clauses];
  return info.clauses;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(parts: Info[]): Info {
  let current: Set<string> | null = new Set(['']);
  let whole = true;
  const clauses: Clause[] = [];
  const flush = () => {
    if (current && !current.has('')) clauses.push(current);
  };
  for (const part of parts) {
    clauses.push(...part.clauses);
    if (part.exact && current && current.size * part.exact.size <= MAX_EXACT) {
      current = product(current, part.exact);
      continue;
    }
    whole = false;
    flush();
    current = part.exact ? new Set(part.exact) : new Set(['']);
  }
  if (whole) return { exact: current, clauses };
  flush();
  return { exact: null, clauses };
}

/**
 * How likely a clause is to hold in an ordinary message, roughly: short literals are common. Only
 * used to choose which one clause of an alternative to keep, so it needs to be sensible, not exact.
 */
const loosenessOf = new WeakMap<Clause, number>();
function looseness(clause: Clause): number {
  let sum = loosenessOf.get(clause);
  if (sum === undefined) {
    sum = 0;
    for (const literal of clause) sum += 1 / literal.replace(/ /g, '').length ** 2;
    loosenessOf.set(clause, sum);
  }
  return sum;
}

function alternation(branches: Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  let exact: Set<string> | null = new Set();
  for (const b of branches) {
    if (!b.exact || !exact || exact.size + b.exact.size > MAX_EXACT) exact = null;
    else for (const s of b.exact) exact.add(s);
  }
  if (exact) return { exact, clauses: [] }; // its exact set is its requirement
  // Either branch may match, so a requirement must hold for every branch: one clause from each,
  // joined, is one clause of the whole. Up to ALTERNATIVE_CLAUSES such joins are kept — the
  // tightest clause of every branch, then the second tightest (or the tightest again), …
  const ranked: Clause[][] = [];
  for (const b of branches) {
    const options = clausesOf(b).filter(usable);
    if (options.length === 0) return { exact, clauses: [] };
    ranked.push(
      options
        .map((c) => [looseness(c), c] as const)
        .sort((x, y) => x[0] - y[0])
        .map(([, c]) => c),
    );
  }
  const depth = Math.min(ALTERNATIVE_CLAUSES, Math.max(...ranked.map((r) => r.length)));
  const clauses: Clause[] = [];
  for (let k = 0; k < depth; k++) {
    const joined = new Set<string>();
    for (const options of ranked) for (const literal of options[Math.min(k, options.length - 1)]!) joined.add(literal);
    clauses.push(joined);
  }
  return { exact, clauses };
}

const usable = (clause: Clause): boolean => clause.size > 0 && !clause.has('');

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0 && max === 0) return EMPTY();
  // Multiplied out only when small; otherwise what one copy requires is what the repeat requires.
  if (info.exact && Number.isFinite(max)) {
    let sets: Set<string> = new Set(['']);
    let all: Set<string> | null = min === 0 ? new Set(['']) : new Set();
    for (let k = 1; k <= max && all; k++) {
      sets = product(sets, info.exact);
      if (sets.size > MAX_EXACT) all = null;
      else if (k >= min) for (const s of sets) all.add(s);
      if (all && all.size > MAX_EXACT) all = null;
    }
    if (all) return { exact: all, clauses: [] };
  }
  return min >= 1 ? { exact: null, clauses: clausesOf(info) } : ANY;
}

/** A character set as its members, or null when it is too large to be worth listing. */
function charSet(chars: string[] | null): Info {
  return chars && chars.length <= 16 ? { exact: new Set(chars), clauses: [] } : ANY;
}

const BRACE = /\{(\d+)(,(\d*))?\}/y;
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const DIGITS = range(48, 57);

/**
 * A recursive-descent reader of JavaScript regex syntax (no flags), producing Info. It reads what
 * the rules use and a little more; anything else throws Unsupported, which the caller turns into
 * "no requirement".
 */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ) at ${this.i}`);
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.alternative());
    }
    return alternation(branches);
  }

  private alternative(): Info {
    const parts: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) parts.push(this.term());
    return concat(parts);
  }

  private term(): Info {
    const c = this.peek()!;
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (this.src.startsWith('\\b', this.i) || this.src.startsWith('\\B', this.i)) {
      this.i += 2;
      return EMPTY();
    }
    if (
      this.src.startsWith('(?=', this.i) ||
      this.src.startsWith('(?!', this.i) ||
      this.src.startsWith('(?<=', this.i) ||
      this.src.startsWith('(?<!', this.i)
    ) {
      // A lookaround matches no characters. What a positive one requires is still somewhere in
      // the text (not necessarily next to the match), so its requirements count; a negative
      // one's contents are read only to skip them.
      const positive = this.src[this.i + (this.src[this.i + 2] === '<' ? 3 : 2)] === '=';
      this.i += this.src[this.i + 2] === '<' ? 4 : 3;
      const inner = this.disjunction();
      this.expect(')');
      return this.quantified({ exact: new Set(['']), clauses: positive ? clausesOf(inner) : [] });
    }
    return this.quantified(this.atom());
  }

  private expect(c: string): void {
    if (this.peek() !== c) throw new Unsupported(`expected ${c} at ${this.i}`);
    this.i++;
  }

  private atom(): Info {
    const c = this.peek()!;
    this.i++;
    switch (c) {
      case '.':
        return ANY;
      case '(': {
        if (this.src.startsWith('?:', this.i)) this.i += 2;
        else if (this.src.startsWith('?<', this.i)) {
          const end = this.src.indexOf('>', this.i);
          if (end < 0 || !/^\?<[A-Za-z_$][\w$]*$/.test(this.src.slice(this.i, end))) throw new Unsupported('group name');
          this.i = end + 1;
        } else if (this.peek() === '?') throw new Unsupported('group kind');
        const inner = this.disjunction();
        this.expect(')');
        return inner;
      }
      case '[':
        return charSet(this.classChars());
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
        throw new Unsupported(`unexpected ${c}`);
      default:
        return { exact: new Set([c]), clauses: [] };
    }
  }

  private escape(): Info {
    const c = this.peek();
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i++;
    if (c === 'd') return charSet(DIGITS);
    if ('DwWsS'.includes(c)) return ANY;
    if (/[1-9k]/.test(c)) throw new Unsupported('backreference');
    if (/[a-zA-Z0-9]/.test(c)) throw new Unsupported(`escape \\${c}`); // \n, \x41, \u0041, \cX: not used by the rules
    return { exact: new Set([c]), clauses: [] }; // identity escape: \. \( \- \/ …
  }

  /** The members of a [...] class, or null when it is negated or holds a class escape. */
  private classChars(): string[] | null {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const chars: string[] = [];
    let unknown = false;
    const one = (): string | null => {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('unterminated class');
      this.i++;
      if (c !== '\\') return c;
      const e = this.peek();
      if (e === undefined) throw new Unsupported('trailing backslash');
      this.i++;
      if ('dDwWsS'.includes(e)) {
        unknown = true;
        return null;
      }
      if (/[a-zA-Z0-9]/.test(e)) throw new Unsupported(`class escape \\${e}`);
      return e;
    };
    while (this.peek() !== ']') {
      const from = one();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && from !== null) {
        this.i++;
        const to = one();
        if (to === null) throw new Unsupported('class range');
        if (to.charCodeAt(0) < from.charCodeAt(0)) throw new Unsupported('class range order');
        if (to.charCodeAt(0) - from.charCodeAt(0) > 64) unknown = true;
        else chars.push(...range(from.charCodeAt(0), to.charCodeAt(0)));
      } else if (from !== null) chars.push(from);
    }
    this.i++;
    return negated || unknown ? null : [...new Set(chars)];
  }

  private quantified(info: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      BRACE.lastIndex = this.i;
      const m = BRACE.exec(this.src);
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      this.i += m[0].length - 1;
    } else return info;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: matches the same strings
    if (/[*+?{]/.test(this.peek() ?? '')) throw new Unsupported('double quantifier');
    return repeat(info, min, max);
  }
}

/** A substring of at most MAX_LITERAL characters: the literal's longest word, widened to the right, then the left. */
function shorten(literal: string): string {
  if (literal.length <= MAX_LITERAL) return literal;
  let start = 0;
  let length = 0;
  for (let i = 0, j = 0; i <= literal.length; i++) {
    if (i < literal.length && literal[i] !== ' ') continue;
    if (i - j > length) [start, length] = [j, i - j];
    j = i + 1;
  }
  if (length >= MAX_LITERAL) return literal.slice(start, start + MAX_LITERAL);
  const from = Math.max(0, Math.min(start, literal.length - MAX_LITERAL));
  return literal.slice(from, from + MAX_LITERAL);
}

/** Drops literals that contain another literal of the same clause: that one already covers them. */
function minimal(clause: Clause): string[] {
  const sorted = [...clause].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of sorted) if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  return kept;
}

/**
 * The requirements every match of `source` meets: a list of clauses, each a list of literals of
 * which at least one occurs in the match. An empty list means none could be derived — the rule
 * must always run.
 */
export function requiredLiterals(source: string): string[][] {
  let info: Info;
  try {
    info = new Reader(source).read();
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  const clauses = clausesOf(info)
    .filter((c) => usable(c) && [...c].every((l) => l.replace(/ /g, '').length >= MIN_LITERAL))
    .map((c) => new Set([...c].map(shorten)))
    .sort((x, y) => looseness(x) - looseness(y))
    .slice(0, RULE_CLAUSES);
  for (const clause of clauses) {
    const literals = minimal(clause);
    const key = literals.join('\u0000');
    if (!seen.has(key)) out.push(literals), seen.add(key);
  }
  return out;
}

/**
 * Characters as automaton symbols: normalised text is a–z, 0–9, space, "." and ","; everything
 * else (the benign mask's "~", anything a pattern names that normalised text never holds) shares
 * one symbol. Sharing can only make the automaton report a literal that is not there — a rule runs
 * that need not — never miss one. Keeps every transition key a small integer.
 */
const ALPHABET = 41;
const SYMBOL = new Uint8Array(128).fill(ALPHABET - 1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 96;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 48 + 27;
SYMBOL[32] = 37;
SYMBOL[46] = 38;
SYMBOL[44] = 39;
const symbolOf = (code: number): number => (code < 128 ? SYMBOL[code]! : ALPHABET - 1);

/**
 * All rules' literals in one Aho–Corasick automaton: scan() reads the text once and reports which
 * rules may match it.
 *
 * The automaton is kept in flat typed arrays (issue 22): each state's edges side by side
 * (edgeSymbol/edgeTarget from edgeStart[state] to edgeStart[state + 1]; a trie state of a few
 * thousand literals has one edge, rarely more), the root's as one full row, since most characters of
 * a text are read there. It used to be one Map keyed by state × symbol: a hash lookup into a table
 * of 27,000 entries for every character, and more on every failure step — most of the scan's time,
 * and the largest cost of detection after the learned layer. The arrays also take a third of the
 * Map's memory. What it reports is unchanged: the same literals, found by the same automaton.
 */
export class RulePrefilter {
  private readonly edgeStart: Int32Array;
  private readonly edgeSymbol: Uint8Array;
  private readonly edgeTarget: Int32Array;
  /** The root's transition per symbol (0: stay at the root). */
  private readonly rootNext = new Int32Array(ALPHABET);
  private readonly fail: Int32Array;
  /** Clause ids each state completes (its own literals and those of its failure chain): outIds from outStart[state] to outStart[state + 1]. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Per rule: its clause ids, ruleClauseIds from ruleStart[rule] to ruleStart[rule + 1]; none means the rule always runs. */
  private readonly ruleStart: Int32Array;
  private readonly ruleClauseIds: Int32Array;
  /** Per clause: the rules whose first clause it is, firstOfRules from firstStart[clause] to firstStart[clause + 1]. */
  private readonly firstStart: Int32Array;
  private readonly firstOfRules: Int32Array;
  /** The rules without clauses. */
  private readonly alwaysRules: Int32Array;
  private readonly clauseSeen: Uint32Array;
  /** The clauses seen by the current scan, in the order first seen. */
  private readonly touched: Int32Array;
  private readonly may: Uint8Array;
  private generation = 0;

  constructor(rules: ReadonlyArray<readonly (readonly string[])[]>) {
    let clauseCount = 0;
    const literalClauses = new Map<string, number[]>();
    const ruleClauses = rules.map((clauses) =>
      clauses.map((literals) => {
        const id = clauseCount++;
        for (const literal of literals) {
          const list = literalClauses.get(literal);
          if (list) list.push(id);
          else literalClauses.set(literal, [id]);
        }
        return id;
      }),
    );
    this.ruleStart = new Int32Array(rules.length + 1);
    ruleClauses.forEach((ids, r) => (this.ruleStart[r + 1] = this.ruleStart[r]! + ids.length));
    this.ruleClauseIds = Int32Array.from(ruleClauses.flat());
    // Clause ids are numbered rule by rule, so a rule's first clause is the first of its own.
    this.firstStart = new Int32Array(clauseCount + 1);
    ruleClauses.forEach((ids) => ids.length && this.firstStart[ids[0]! + 1]!++);
    for (let c = 0; c < clauseCount; c++) this.firstStart[c + 1]! += this.firstStart[c]!;
    this.firstOfRules = new Int32Array(this.firstStart[clauseCount]!);
    ruleClauses.forEach((ids, r) => ids.length && (this.firstOfRules[this.firstStart[ids[0]!]!] = r));
    this.alwaysRules = Int32Array.from(ruleClauses.flatMap((ids, r) => (ids.length ? [] : [r])));
    this.clauseSeen = new Uint32Array(clauseCount);
    this.touched = new Int32Array(clauseCount);
    this.may = new Uint8Array(rules.length);

    // The trie, built in a Map keyed by state × symbol, then laid out in the arrays.
    const trie = new Map<number, number>();
    const own: Array<number[] | undefined> = [undefined];
    for (const [literal, clauses] of literalClauses) {
      let state = 0;
      for (let k = 0; k < literal.length; k++) {
        const key = state * ALPHABET + symbolOf(literal.charCodeAt(k));
        let to = trie.get(key);
        if (to === undefined) {
          to = own.length;
          own.push(undefined);
          trie.set(key, to);
        }
        state = to;
      }
      own[state] = [...(own[state] ?? []), ...clauses];
    }
    const states = own.length;
    this.edgeStart = new Int32Array(states + 1);
    for (const key of trie.keys()) this.edgeStart[Math.floor(key / ALPHABET) + 1]!++;
    for (let state = 0; state < states; state++) this.edgeStart[state + 1]! += this.edgeStart[state]!;
    this.edgeSymbol = new Uint8Array(trie.size);
    this.edgeTarget = new Int32Array(trie.size);
    const filled = this.edgeStart.slice(0, states);
    for (const [key, to] of trie) {
      const from = Math.floor(key / ALPHABET);
      const e = filled[from]!++;
      this.edgeSymbol[e] = key % ALPHABET;
      this.edgeTarget[e] = to;
      if (from === 0) this.rootNext[key % ALPHABET] = to;
    }
    this.fail = new Int32Array(states);
    const out = this.linkFailures(own);
    this.outStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++) this.outStart[state + 1] = this.outStart[state]! + (out[state]?.length ?? 0);
    this.outIds = new Int32Array(this.outStart[states]!);
    out.forEach((ids, state) => ids && this.outIds.set(ids, this.outStart[state]!));
  }

  /**
   * The automaton's move from `state` on `symbol`: its edge, else the edge of the nearest state along
   * its failure links that has one, else the root's (which has a move for every symbol). One piece of
   * code for the scan and for linking the failures, so the two cannot read the automaton differently.
   */
  private step(state: number, symbol: number): number {
    for (let at = state; ; at = this.fail[at]!) {
      if (at === 0) return this.rootNext[symbol]!;
      const to = this.edge(at, symbol);
      if (to >= 0) return to;
    }
  }

  /** The state an edge from `state` (not the root) on `symbol` leads to, or -1. */
  private edge(state: number, symbol: number): number {
    for (let e = this.edgeStart[state]!, end = this.edgeStart[state + 1]!; e < end; e++) if (this.edgeSymbol[e] === symbol) return this.edgeTarget[e]!;
    return -1;
  }

  /**
   * Breadth-first over the trie: each state's failure link is the longest proper suffix that is also
   * a state, and its clause ids are its own and its failure state's. Returns the clause ids per state.
   */
  private linkFailures(own: Array<number[] | undefined>): Array<number[] | undefined> {
    const out = own;
    const queue: number[] = [];
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) queue.push(this.edgeTarget[e]!);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let e = this.edgeStart[state]!, end = this.edgeStart[state + 1]!; e < end; e++) {
        const child = this.edgeTarget[e]!;
        const s = this.edgeSymbol[e]!;
        // The longest proper suffix that is a state: where the parent's failure state moves on s.
        this.fail[child] = this.step(this.fail[state]!, s);
        const inherited = out[this.fail[child]!];
        if (inherited && this.fail[child] !== 0) out[child] = [...(out[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
    return out;
  }

  /** States in the automaton (for the tests and the numbers in detect.ts). */
  get states(): number {
    return this.fail.length;
  }

  /**
   * Which rules may match `text`: entry r is 1 for each rule whose every clause has a literal in
   * the text, and for each rule without clauses. The array is reused by the next scan.
   */
  scan(text: string): Uint8Array {
    const seen = this.clauseSeen;
    if (++this.generation === 0xffffffff) {
      seen.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    const { outStart, outIds, touched } = this;
    let touches = 0;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const s = symbolOf(text.charCodeAt(k));
      state = this.step(state, s);
      for (let j = outStart[state]!, end = outStart[state + 1]!; j < end; j++) {
        const id = outIds[j]!;
        if (seen[id] !== gen) {
          seen[id] = gen;
          touched[touches++] = id;
        }
      }
    }
    // A rule may match when every clause of it was seen: only the rules whose first clause was seen
    // are checked, not every rule (a text holds the words of a few clauses of hundreds).
    const { may, ruleStart, ruleClauseIds, firstStart, firstOfRules } = this;
    may.fill(0);
    for (let i = 0; i < this.alwaysRules.length; i++) may[this.alwaysRules[i]!] = 1;
    for (let t = 0; t < touches; t++) {
      const clause = touched[t]!;
      for (let i = firstStart[clause]!, end = firstStart[clause + 1]!; i < end; i++) {
        const r = firstOfRules[i]!;
        let ok = 1;
        for (let j = ruleStart[r]! + 1, last = ruleStart[r + 1]!; j < last && ok; j++) ok = seen[ruleClauseIds[j]!] === gen ? 1 : 0;
        may[r] = ok;
      }
    }
    return may;
  }
}
