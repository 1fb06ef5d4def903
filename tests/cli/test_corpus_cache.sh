#!/usr/bin/env bash
# The encoded corpus cache (MODEL.corpus, docs/DISTRIBUTED.md "Large corpora"):
# - training without the cache, with a fresh one and with a warm one gives the
#   same model file, bit for bit (dropout on); the second start says it reused
#   the cache, a resume (tokenizers from the checkpoint) reuses it too;
# - changing a corpus file, or truncating the cache, rebuilds it;
# - a --corpus-cache that is not a cache (a text file) is one line, exit 1,
#   and the file is left as it was;
# - 2 ranks under mpirun: rank 0 builds it, both map it, the model is the one
#   of 2 ranks without a cache.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
common=(--train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 300 --batch-tokens 800
        --lr 3e-3 --warmup 5 --dropout 0.2 --max-updates 12 --save-every 100 --log-every 100
        --seed 11 --threads 1 --arch transformer --dim 32 --heads 4 --ffn 64 --enc-layers 1
        --dec-layers 1)
train() {  # NAME ARGS...: trains NAME.nmt, log in NAME.log
  local name=$1; shift
  "$TRAIN" "${common[@]}" --model "$T/$name.nmt" "$@" 2>"$T/$name.log" ||
    fail "$name: training failed: $(tail -n 3 "$T/$name.log")"
}
has() { grep -q -- "$2" "$T/$1.log" || fail "$1: log lacks [$2]: $(grep '\[data\]' "$T/$1.log")"; }

train none --corpus-cache none
! grep -q "corpus cache" "$T/none.log" || fail "--corpus-cache none used a cache"
[ ! -e "$T/none.nmt.corpus" ] || fail "--corpus-cache none wrote none.nmt.corpus"
train fresh
has fresh "corpus cache $T/fresh.nmt.corpus: not built yet; encoding the corpus into it"
has fresh "corpus cache $T/fresh.nmt.corpus: written"
has fresh "\[data\] encoded 300 pairs in"
[ -s "$T/fresh.nmt.corpus" ] || fail "no fresh.nmt.corpus beside the model"
train warm --corpus-cache "$T/fresh.nmt.corpus"
has warm "corpus cache $T/fresh.nmt.corpus: reused, 300 pairs"
! grep -q "SentencePiece model (vocabulary\|encoded 300 pairs" "$T/warm.log" ||
  fail "warm: trained SentencePiece or encoded although the cache was reused"
cmp -s "$T/none.nmt" "$T/fresh.nmt" || fail "a fresh cache changed the model"
cmp -s "$T/none.nmt" "$T/warm.nmt" || fail "a warm cache changed the model"
# A resume takes the tokenizers from the checkpoint: the same bytes, reused.
train fresh --max-updates 14
has fresh "corpus cache $T/fresh.nmt.corpus: reused"
has fresh "done after 14 updates"

# One changed target line: rebuilt, and then reused.
sed -i '7s/.*/una linea nueva/' "$T/train.es"
train changed --corpus-cache "$T/fresh.nmt.corpus"
has changed "corpus cache $T/fresh.nmt.corpus: tgt changed; encoding the corpus into it"
has changed "written"
train changed2 --corpus-cache "$T/fresh.nmt.corpus"
has changed2 "reused"
cmp -s "$T/changed.nmt" "$T/changed2.nmt" || fail "the rebuilt cache changed the model"
! cmp -s "$T/none.nmt" "$T/changed.nmt" || fail "a changed corpus gave the same model"

# A truncated cache is rebuilt, not read.
truncate -s 1000 "$T/fresh.nmt.corpus"
train truncated --corpus-cache "$T/fresh.nmt.corpus"
has truncated "corpus cache $T/fresh.nmt.corpus: truncated (1000 of"
cmp -s "$T/changed.nmt" "$T/truncated.nmt" || fail "the cache rebuilt after truncation changed the model"

# A file that is not a cache is not replaced.
echo "my notes" >"$T/notes.txt"
expect_error_after_log "notes.txt: not an nmt corpus cache (no NMT-CORP header)" \
  "$TRAIN" "${common[@]}" --model "$T/foreign.nmt" --corpus-cache "$T/notes.txt"
expect_eq "$(cat "$T/notes.txt")" "my notes" "the foreign file was changed"
expect_usage_or_error() { "$@" >/dev/null 2>"$T/err"; [ $? -ne 0 ] || fail "$* succeeded"; }
expect_usage_or_error "$TRAIN" "${common[@]}" --model "$T/x.nmt" --corpus-cache "$T/train.en"
grep -q "corpus-cache .* names another file of the training" "$T/err" ||
  fail "--corpus-cache naming the corpus: $(cat "$T/err")"

# Two ranks: rank 0 builds, the other maps; the model is that of 2 ranks without it.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1
if command -v mpirun >/dev/null; then
  for run in mpi_none:none mpi_fresh: mpi_warm:"$T/mpi_fresh.nmt.corpus"; do
    name=${run%%:*} cache=${run#*:}
    mpirun -q --bind-to none -np 2 "$TRAIN" "${common[@]}" --model "$T/$name.nmt" \
      ${cache:+--corpus-cache "$cache"} 2>"$T/$name.log" ||
      fail "$name: 2-rank training failed: $(tail -n 3 "$T/$name.log")"
  done
  has mpi_fresh "written"
  has mpi_warm "reused"
  cmp -s "$T/mpi_none.nmt" "$T/mpi_fresh.nmt" || fail "2 ranks: a fresh cache changed the model"
  cmp -s "$T/mpi_none.nmt" "$T/mpi_warm.nmt" || fail "2 ranks: a warm cache changed the model"
else
  fail "mpirun not found (make deps installs openmpi-bin)"
fi
finish
