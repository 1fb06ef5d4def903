#!/usr/bin/env bash
# Corpora: the committed sample is well formed (always); when mod2imp and the
# SWORD modules are installed, a full WEB-RV1909 build splits by whole books
# with counts in the expected range; when gettext catalogs are there, the
# gettext builder keeps every package in one split.
set -euo pipefail
src=${NMT_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
python=/usr/bin/python3
[ -x "$python" ] || python=python3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. The sample: equal line counts, UTF-8, no empty lines, no markup, no
#    glued words (corpus_check), sizes as make_sample.py draws them.
sample=$src/corpora/sample
for split in train dev test; do
  for ext in en es ref; do [ -s "$sample/$split.$ext" ] || fail "missing $sample/$split.$ext"; done
  "$python" "$src/corpora/corpus_check.py" --sample 0 "$sample/$split.en" "$sample/$split.es" 2>"$tmp/check" \
    || { cat "$tmp/check" >&2; fail "corpus_check on sample $split"; }
  [ "$(wc -l <"$sample/$split.ref")" = "$(wc -l <"$sample/$split.en")" ] || fail "sample $split.ref line count"
done
[ "$(wc -l <"$sample/train.en")" -eq 3000 ] || fail "sample train should have 3000 pairs"
[ "$(wc -l <"$sample/dev.en")" -eq 300 ] || fail "sample dev should have 300 pairs"
[ "$(wc -l <"$sample/test.en")" -eq 300 ] || fail "sample test should have 300 pairs"
[ "$(du -cb "$sample"/* | tail -1 | cut -f1)" -lt 1048576 ] || fail "sample is over 1 MB"
books() { cut -f1 "$1" | sed 's/ [0-9]*:[0-9]*$//' | sort -u | tr '\n' ,; }
[ "$(books "$sample/test.ref")" = "Acts,Proverbs," ] || fail "sample test books: $(books "$sample/test.ref")"
[ "$(books "$sample/dev.ref")" = "John,Jonah,Ruth," ] || fail "sample dev books: $(books "$sample/dev.ref")"
if books "$sample/train.ref" | tr ',' '\n' | grep -qxE 'Acts|Proverbs|John|Ruth|Jonah'; then
  fail "a held-out book is in the sample train split"
fi
# The checker itself must catch what it is there to catch.
printf 'In the beginning God<note>x</note> created\nGodcreated the heavensAnd\n' >"$tmp/bad.en"
printf 'a\nb\n' >"$tmp/bad.es"
if "$python" "$src/corpora/corpus_check.py" --sample 0 "$tmp/bad.en" "$tmp/bad.es" 2>/dev/null; then
  fail "corpus_check accepted markup and glued words"
fi
echo "sample ok"

# 2. Full Bible build, if the tools and modules are installed.
has_module() { [ "$(mod2imp "$1" 2>/dev/null | grep -c '^\$\$\$Genesis 1:1$')" -ge 1 ]; }
if command -v mod2imp >/dev/null && has_module spaRV1909eb && has_module engWEB2015eb && has_module engKJV2006eb; then
  out=$tmp/bible
  bash "$src/corpora/build_bible.sh" --out "$out" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; fail "build_bible.sh"; }
  ls "$out"/*.tmp >/dev/null 2>&1 && fail "temporary files left behind"
  [ "$(books "$out/test.ref")" = "Acts,Proverbs," ] || fail "test books: $(books "$out/test.ref")"
  [ "$(books "$out/dev.ref")" = "John,Jonah,Ruth," ] || fail "dev books: $(books "$out/dev.ref")"
  if books "$out/train.ref" | tr ',' '\n' | grep -qxE 'Acts|Proverbs|John|Ruth|Jonah'; then
    fail "a held-out book is in train"
  fi
  in_range() { [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] || fail "$1 = $2, expected $3..$4"; }
  in_range "train pairs" "$(wc -l <"$out/train.en")" 26000 29500
  in_range "dev pairs" "$(wc -l <"$out/dev.en")" 900 1100
  in_range "test pairs" "$(wc -l <"$out/test.en")" 1700 2000
  in_range "English words" "$(cat "$out"/*.en | wc -w)" 690000 780000
  in_range "Spanish words" "$(cat "$out"/*.es | wc -w)" 640000 730000
  for split in train dev test; do
    "$python" "$src/corpora/corpus_check.py" --sample 0 "$out/$split.en" "$out/$split.es" 2>"$tmp/check" \
      || { head -20 "$tmp/check" >&2; fail "corpus_check on built $split"; }
  done
  # Known hard cases: a footnote between two words, the glossary after
  # Revelation 22:21, RV1909's capitals, subscriptions and glued clitics.
  line() { grep -n -P "^$1\t" "$out/$2.ref" | cut -d: -f1; }
  n=$(line 'Genesis 1:1' train)
  [ "$(sed -n "${n}p" "$out/train.en")" = "In the beginning, God created the heavens and the earth." ] || fail "Genesis 1:1 en"
  [ "$(sed -n "${n}p" "$out/train.es")" = "En el principio crió Dios los cielos y la tierra." ] || fail "Genesis 1:1 es"
  n=$(line 'Revelation of John 22:21' train)
  [ "$(sed -n "${n}p" "$out/train.en")" = "The grace of the Lord Jesus Christ be with all the saints. Amen." ] || fail "Rev 22:21 glossary"
  n=$(line 'Genesis 47:31' train)
  sed -n "${n}p" "$out/train.es" | grep -q 'Júramelo' || fail "Genesis 47:31 clitic join"
  grep -q 'Fué escrita\|fué escrita de' "$out/train.es" && fail "epistle subscription left in"
  # RV1909 Numbers 13 is renumbered: English 13:1 pairs with Spanish slot 13:2.
  grep -q -P '^Numbers 13:1\tNumbers 13:2$' "$out/train.ref" || fail "Numbers 13 shift not found"
  echo "bible build ok: $(wc -l <"$out/train.en")/$(wc -l <"$out/dev.en")/$(wc -l <"$out/test.en") pairs"
else
  echo "skip: mod2imp or the SWORD modules (sword-text-web, -kjv, -sparv) are not installed"
fi

# 3. gettext, if msgunfmt and German catalogs are installed.
if command -v msgunfmt >/dev/null && ls /usr/share/locale/de/LC_MESSAGES/*.mo >/dev/null 2>&1; then
  bash "$src/corpora/build_gettext.sh" de --out "$tmp/gt" >"$tmp/gt.log" 2>&1 || { cat "$tmp/gt.log" >&2; fail "build_gettext.sh"; }
  for split in train dev test; do
    "$python" "$src/corpora/corpus_check.py" --software --sample 0 "$tmp/gt/$split.en" "$tmp/gt/$split.de" 2>/dev/null \
      || fail "gettext $split not well formed"
  done
  [ "$(sort -u "$tmp/gt"/*.ref | wc -l)" -eq "$(for s in train dev test; do sort -u "$tmp/gt/$s.ref"; done | wc -l)" ] \
    || fail "a gettext package is in two splits"
  [ -z "$(sort "$tmp/gt/test.en" "$tmp/gt/train.en" | uniq -d | head -1)" ] || fail "gettext test sentence also in train"
  echo "gettext ok: $(wc -l <"$tmp/gt/train.en") train pairs"
else
  echo "skip: msgunfmt or German gettext catalogs are not installed"
fi
