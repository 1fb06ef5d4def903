#!/usr/bin/env bash
# nmt-eval through the real command line: sacreBLEU's published README
# example in sacreBLEU 2.x's command line and output formats (JSON, text, -b,
# -nr, -sl, a sacrebleu script run unchanged; byte for byte against the real
# sacrebleu when its Python module is installed), the by-length table, one-line errors with exit
# code 1, and a randomized cross-check against an independent Python
# implementation of sacreBLEU 2.x's BLEU/chrF rules (run only when Debian's
# /usr/bin/python3 exists; it uses Python's own str.split/lower/re semantics).
set -u
BIN="${NMT_BIN:?set NMT_BIN}/nmt-eval"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_eq() { [ "$1" == "$2" ] || fail "$3: got [$1] want [$2]"; }

# A user error: exit $want (1; 2 for a usage error), exactly one line on
# stderr that matches $1, no stdout.
expect_exit() {
  local want="$1" pattern="$2"; shift 2
  "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$*: exit $rc, want $want"
  [ "$(wc -l <"$T/err")" -eq 1 ] || fail "$*: stderr is not one line: $(cat "$T/err")"
  grep -q -- "$pattern" "$T/err" || fail "$*: stderr [$(cat "$T/err")] lacks [$pattern]"
  [ ! -s "$T/out" ] || fail "$*: printed to stdout on error"
}
expect_error() { expect_exit 1 "$@"; }
expect_usage_error() { expect_exit 2 "$@"; }

# sacreBLEU README (github.com/mjpost/sacrebleu): the two-reference example.
printf 'The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n' >"$T/ref1"
printf 'The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n' >"$T/ref2"
printf "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n" >"$T/hyp"
# sacrebleu's own command line: references first, -i, -m with spaces; the
# default output is sacreBLEU 2.x's JSON (indent 1, score rounded to -w 1).
BLEU_SIG="nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3"
CHRF_SIG="nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3"
VERBOSE="82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)"
cat >"$T/want.json" <<EOF
[
{
 "name": "BLEU",
 "score": 48.5,
 "signature": "$BLEU_SIG",
 "verbose_score": "$VERBOSE",
 "nrefs": "2",
 "case": "mixed",
 "eff": "no",
 "tok": "13a",
 "smooth": "exp",
 "version": "2.4.3"
},
{
 "name": "chrF2",
 "score": 59.7,
 "signature": "$CHRF_SIG",
 "nrefs": "2",
 "case": "mixed",
 "eff": "yes",
 "nc": "6",
 "nw": "0",
 "space": "no",
 "version": "2.4.3"
}
]
EOF
"$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m bleu chrf >"$T/got.json" || fail "sacrebleu-style call"
cmp -s "$T/got.json" "$T/want.json" || fail "JSON differs: $(diff "$T/got.json" "$T/want.json")"
# The old spellings give the same.
"$BIN" --ref "$T/ref1" --ref "$T/ref2" --hyp "$T/hyp" --metric bleu,chrf >"$T/got2.json"
cmp -s "$T/got2.json" "$T/want.json" || fail "--ref/--hyp/--metric differ from REF -i -m"
# One metric: the object alone.
out=$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp")
expect_eq "$(head -1 <<<"$out")$(tail -1 <<<"$out")" "{}" "single JSON object"
expect_eq "$(grep -c . <<<"$out")" "12" "single JSON object lines"

# -f text: sacreBLEU's line per metric, the parts before " = " right-aligned.
out=$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m bleu chrf -f text)
expect_eq "$(sed -n 1p <<<"$out")" "  BLEU|$BLEU_SIG = 48.5 $VERBOSE" "text BLEU line"
expect_eq "$(sed -n 2p <<<"$out")" "chrF2|$CHRF_SIG = 59.7" "text chrF line"
out=$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -f text -w 2)
expect_eq "$out" "BLEU|$BLEU_SIG = 48.53 $VERBOSE" "text -w 2"
out=$(SACREBLEU_FORMAT=text "$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -f json)
expect_eq "$out" "BLEU|$BLEU_SIG = 48.5 $VERBOSE" "SACREBLEU_FORMAT overrides -f"
out=$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -f text -sh -s floor -lc)
expect_eq "$out" "BLEU|#:2|c:lc|e:no|tok:13a|s:floor[0.10]|v:2.4.3 = 48.5 $VERBOSE" "-sh -s floor -lc"

# -b: the score alone; several metrics: one a line (text) or sacreBLEU's list (json).
expect_eq "$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -b)" "48.5" "-b"
expect_eq "$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m chrf -b -w 3)" "59.728" "-b -w 3 chrF"
expect_eq "$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m bleu chrf -b -f text)" $'48.5\n59.7' "-b text"
expect_eq "$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m bleu chrf -b)" $'[\n48.5,\n59.7\n]' "-b json"

# -nr 2: the two references as tab-separated columns of one file.
paste "$T/ref1" "$T/ref2" >"$T/refs.tsv"
expect_eq "$("$BIN" "$T/refs.tsv" -nr 2 -i "$T/hyp" -m bleu chrf -b -f text -w 2)" \
  $'48.53\n59.73' "-nr 2"
# --lowercase is BLEU's (sacreBLEU's -lc); chrF has its own --chrf-lowercase.
out=$("$BIN" "$T/ref1" "$T/ref2" -m bleu chrf -f text -lc --chrf-lowercase <"$T/hyp")
grep -q "BLEU|nrefs:2|case:lc|" <<<"$out" || fail "stdin + -lc: $out"
grep -q "chrF2|nrefs:2|case:lc|" <<<"$out" || fail "--chrf-lowercase: $out"
out=$("$BIN" "$T/ref1" "$T/ref2" -i "$T/hyp" -m chrf -f text -cc 4 --chrf-beta 3 --chrf-whitespace)
expect_eq "${out%% = *}" "chrF3|nrefs:2|case:mixed|eff:yes|nc:4|nw:0|space:yes|version:2.4.3" \
  "chrF options in the signature"

# Sentence mode (-sl): one text line per sentence, signature with eff:yes.
out=$("$BIN" "$T/ref1" -i "$T/hyp" -sl)
expect_eq "$(wc -l <<<"$out")" "3" "sentence line count"
expect_eq "$(sed -n 1p <<<"$out")" \
  "BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.4.3 = 100.0 100.0/100.0/100.0/100.0 (BP = 1.000 ratio = 1.000 hyp_len = 6 ref_len = 6)" "sentence 1"
expect_eq "$("$BIN" "$T/ref1" -i "$T/hyp" --sentence -b -w 2 | sed -n 1p)" "100.00" "sentence -b"

# A script written for sacrebleu runs unchanged with nmt-eval in its place.
mkdir -p "$T/path"
ln -s "$BIN" "$T/path/sacrebleu"
cat >"$T/script.sh" <<'EOF'
set -e
bleu=$(sacrebleu ref1 ref2 -i hyp -m bleu -b -w 2)
both=$(sacrebleu ref1 ref2 -i hyp -m bleu chrf --format json)
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(sys.argv[2], d[0]["score"], d[1]["name"], d[1]["score"], d[0]["nrefs"])' "$both" "$bleu"
cat hyp | sacrebleu -q -tok 13a ref1 ref2 -f text -m chrf --chrf-word-order 0
EOF
(cd "$T" && PATH="$T/path:$PATH" bash script.sh) >"$T/script.out" 2>&1 || fail "sacrebleu script: $(cat "$T/script.out")"
expect_eq "$(sed -n 1p "$T/script.out")" "48.53 48.5 chrF2 59.7 2" "sacrebleu script, JSON"
expect_eq "$(sed -n 2p "$T/script.out")" "chrF2|$CHRF_SIG = 59.7" "sacrebleu script, text"

# Real sacrebleu, when installed (it is not packaged in Debian 12): same bytes.
if /usr/bin/python3 -c 'import sacrebleu' 2>/dev/null; then
  for args in "-m bleu chrf" "-m bleu chrf -f text" "-b -m bleu chrf" "-sl -m chrf" "-tok char -lc -m bleu"; do
    # shellcheck disable=SC2086
    want=$(cd "$T" && /usr/bin/python3 -m sacrebleu ref1 ref2 -i hyp $args 2>/dev/null | sed 's/version:2\.[0-9.]*/version:V/g')
    # shellcheck disable=SC2086
    got=$(cd "$T" && "$BIN" ref1 ref2 -i hyp $args | sed 's/version:2\.[0-9.]*/version:V/g')
    expect_eq "$got" "$want" "sacrebleu $args"
  done
else
  echo "skip: python3 has no sacrebleu module (not packaged in Debian 12): the byte-for-byte comparison with the real sacrebleu did not run"
fi

# --by-length: a table with a row per bucket.
printf 'one two three\n%s\nfour\n' "$(printf 'w %.0s' $(seq 45))" >"$T/src"
out=$("$BIN" --ref "$T/ref1" --hyp "$T/hyp" --by-length --src "$T/src")
grep -q '^BLEU by source length (words):$' <<<"$out" || fail "by-length header missing"
grep -Eq '^1-10 +2 +[0-9.]+$' <<<"$out" || fail "by-length 1-10 row: $out"
grep -Eq '^41\+ +1 +[0-9.]+$' <<<"$out" || fail "by-length 41+ row: $out"
grep -Eq '^11-20 +0 +-$' <<<"$out" || fail "by-length empty row: $out"

# Errors: one line, exit 1.
printf 'only one line\n' >"$T/short"
expect_error "$T/short has 1 lines but $T/ref1 has 3" "$BIN" --ref "$T/ref1" --hyp "$T/short"
expect_error "line counts differ: <stdin> has 1 lines but $T/ref1 has 3" "$BIN" --ref "$T/ref1" <"$T/short"
expect_error "$T/missing: cannot open" "$BIN" --ref "$T/ref1" --hyp "$T/missing"
expect_error "$T/missing: cannot open" "$BIN" --ref "$T/missing" --hyp "$T/hyp"
printf 'fine\nbad \xC3\x28 byte\nfine\n' >"$T/badutf8"
expect_error "$T/badutf8:2: invalid UTF-8 at byte 4 of the line" "$BIN" --ref "$T/ref1" --hyp "$T/badutf8"
# Errors in the options (checked before any file is read) are usage errors: exit 2.
expect_usage_error "unknown metric 'ter'" "$BIN" --ref "$T/ref1" --hyp "$T/hyp" --metric bleu,ter
expect_usage_error "unknown tokenizer 'intl'" "$BIN" --ref "$T/ref1" --hyp "$T/hyp" --tokenize intl
expect_usage_error "--by-length needs the source file" "$BIN" --ref "$T/ref1" --hyp "$T/hyp" --by-length
printf 'a\nb\n' >"$T/src2"
expect_error "$T/src2 has 2 lines but the hypotheses have 3" \
  "$BIN" --ref "$T/ref1" --hyp "$T/hyp" --by-length --src "$T/src2"
printf 'x\n\ny\n' >"$T/gap"
expect_error "$T/gap:2: empty reference line" "$BIN" --ref "$T/gap" --hyp "$T/hyp"
expect_usage_error "no reference file given" "$BIN" --hyp "$T/hyp"
expect_usage_error "several hypothesis files" "$BIN" "$T/ref1" -i "$T/hyp" "$T/hyp"
expect_usage_error "test sets (-t) are not supported" "$BIN" -t wmt14 -i "$T/hyp"
expect_usage_error "chrF++ (--chrf-word-order above 0) is not supported" "$BIN" "$T/ref1" -i "$T/hyp" -m chrf -cw 2
expect_usage_error "unknown output format 'latex'" "$BIN" "$T/ref1" -i "$T/hyp" -f latex
expect_usage_error "unknown smoothing method 'add-one'" "$BIN" "$T/ref1" -i "$T/hyp" -s add-one
expect_error "expected 2 tab-separated references, found 1" "$BIN" "$T/ref1" -nr 2 -i "$T/hyp"

# Cross-check against an independent Python implementation of the same rules.
PY=/usr/bin/python3
if [ -x "$PY" ]; then
  "$PY" - "$BIN" "$T" <<'PYEOF' || fail "python cross-check"
import json, math, random, re, subprocess, sys
from collections import Counter

binary, tmp = sys.argv[1], sys.argv[2]
RULES = [(re.compile(r'([\{-\~\[-\` -\&\(-\+\:-\@\/])'), r' \1 '),
         (re.compile(r'([^0-9])([\.,])'), r'\1 \2 '),
         (re.compile(r'([\.,])([^0-9])'), r' \1 \2'),
         (re.compile(r'([0-9])(-)'), r'\1 \2 ')]

def tok(line, kind):
    if kind == 'none':
        return line
    if kind == 'char':
        return ' '.join(line)
    line = line.replace('<skipped>', '').replace('-\n', '').replace('\n', ' ')
    for a, b in (('&quot;', '"'), ('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>')):
        line = line.replace(a, b)
    line = ' ' + line + ' '
    for pattern, repl in RULES:
        line = pattern.sub(repl, line)
    return ' '.join(line.split())

def ngrams(words):
    return Counter(tuple(words[i:i + n]) for n in range(1, 5) for i in range(len(words) - n + 1))

def bleu(hyps, refsets, kind, lc, eff):
    prep = lambda s: tok((s.lower() if lc else s).rstrip(), kind).split()
    tot = [0] * 10
    for h, refs in zip(hyps, refsets):
        best, lens = Counter(), []
        for r in refs:
            w = prep(r)
            lens.append(len(w))
            for g, c in ngrams(w).items():
                best[g] = max(best[g], c)
        w = prep(h)
        rl = min(lens, key=lambda x: (abs(x - len(w)), x))
        st = [len(w), rl] + [0] * 8
        for g, c in ngrams(w).items():
            st[6 + len(g) - 1] += c
            st[2 + len(g) - 1] += min(c, best.get(g, 0))
        tot = [a + b for a, b in zip(tot, st)]
    sys_len, ref_len, correct, total = tot[0], tot[1], tot[2:6], tot[6:10]
    bp = 1.0 if sys_len >= ref_len else (math.exp(1 - ref_len / sys_len) if sys_len else 0.0)
    if not any(correct):
        return 0.0, tot
    prec, smooth, order = [0.0] * 4, 1.0, 4
    for n in range(4):
        if total[n] == 0:
            break
        if eff:
            order = n + 1
        if correct[n] == 0:
            smooth *= 2
            prec[n] = 100.0 / (smooth * total[n])
        else:
            prec[n] = 100.0 * correct[n] / total[n]
    logs = [math.log(p) if p else -9999999999 for p in prec[:order]]
    return bp * math.exp(sum(logs) / order), tot

def chrf_stats(h, r, lc):
    h, r = (h.lower(), r.lower()) if lc else (h, r)
    h, r = ''.join(h.split()), ''.join(r.split())
    out = []
    for n in range(1, 7):
        hc = Counter(h[i:i + n] for i in range(len(h) - n + 1))
        rc = Counter(r[i:i + n] for i in range(len(r) - n + 1))
        out += [sum(hc.values()) if rc else 0, sum(rc.values()), sum((hc & rc).values())]
    return out

def chrf_score(st):
    p = r = 0.0
    k = 0
    for i in range(6):
        if st[3 * i] > 0 and st[3 * i + 1] > 0:
            p += st[3 * i + 2] / st[3 * i]
            r += st[3 * i + 2] / st[3 * i + 1]
            k += 1
    if k == 0:
        return 0.0
    p, r = p / k, r / k
    return 0.0 if p + r == 0 else 100 * 5 * p * r / (4 * p + r)

def chrf(hyps, refsets, lc):
    tot = [0] * 18
    for h, refs in zip(hyps, refsets):
        best, best_f = None, -1.0
        for r in refs:
            st = chrf_stats(h, r, lc)
            f = chrf_score(st)
            if f > best_f:
                best, best_f = st, f
        tot = [a + b for a, b in zip(tot, best)]
    return chrf_score(tot)

rng = random.Random(7)
VOCAB = ['the', 'The', 'cat', 'sat', 'on', 'mat', '3.14', '1,000', 'a.b', 'x.,5', '1.,2', '..5',
         'e.g.,', '(hi)', '"no".', "wasn't", 'well-known', '1990-2000', '5-', '&quot;', '&amp;lt;',
         '<skipped>', 'Über', 'café.', 'naïve,1', 'İstanbul', 'ΣΑΣ', 'ǅemal', '—', '“q”', '50%',
         '@home/away!', 'x\u00a0y', 'z\u3000w', 'ab\u200bcd', '\x1fsep', 'end.', 'DOG', 'dog']
def sentence(k):
    return ' '.join(rng.choice(VOCAB) for _ in range(k))
n = 300
refs1 = [sentence(rng.randint(1, 25)) for _ in range(n)]
refs2 = [sentence(rng.randint(1, 25)) if rng.random() > 0.1 else '' for _ in range(n)]
hyps = []
for r in refs1:
    words = r.split(' ')
    words = [w if rng.random() > 0.3 else rng.choice(VOCAB) for w in words]
    if rng.random() < 0.2:
        words = words[:rng.randint(0, len(words))]
    hyps.append(' '.join(words) + (' \t' if rng.random() < 0.1 else ''))
for name, lines in (('h', hyps), ('r1', refs1), ('r2', refs2)):
    with open(f'{tmp}/{name}', 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
refsets = [[x for x in pair if x.rstrip()] for pair in zip(refs1, refs2)]
hyps_rs = [h.rstrip() for h in hyps]

bad = 0
for kind in ('13a', 'none', 'char'):
    for lc in (False, True):
        args = [binary, '--ref', f'{tmp}/r1', '--ref', f'{tmp}/r2', '--hyp', f'{tmp}/h',
                '--metric', 'bleu,chrf', '--tokenize', kind, '--json'] + (['--lowercase', '--chrf-lowercase'] if lc else [])
        got = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
        want_bleu, st = bleu(hyps_rs, refsets, kind, lc, False)
        want_chrf = chrf(hyps_rs, refsets, lc)
        g = got['bleu']
        same = (abs(g['score'] - want_bleu) < 1e-9 and g['hyp_len'] == st[0] and g['ref_len'] == st[1]
                and g['counts'] == st[2:6] and g['totals'] == st[6:10]
                and abs(got['chrf']['score'] - want_chrf) < 1e-9)
        if not same:
            bad += 1
            print(f'mismatch tok={kind} lc={lc}: {g["score"]} vs {want_bleu}, '
                  f'{got["chrf"]["score"]} vs {want_chrf}, {g["counts"]} {g["totals"]} vs {st}')
# Sentence BLEU (effective order) line by line.
out = subprocess.run([binary, '--ref', f'{tmp}/r1', '--ref', f'{tmp}/r2', '--hyp', f'{tmp}/h',
                      '--sentence', '--json'], check=True, capture_output=True, text=True).stdout
for line, (h, refs) in zip(out.splitlines(), zip(hyps_rs, refsets)):
    want, _ = bleu([h], [refs], '13a', False, True)
    if abs(json.loads(line)['bleu']['score'] - want) > 1e-9:
        bad += 1
        print('sentence mismatch', h, refs)
        break
sys.exit(1 if bad else 0)
PYEOF
else
  echo "skip: $PY not found, no Python cross-check"
fi

[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all nmt-eval CLI checks passed"
