#!/usr/bin/env bash
# Saving when the disk is full or the directory cannot be written: nmt-train
# and nmt-translate end with one clear error line and exit 1, and the files of
# the previous save stay byte-identical and usable. Also: temporaries that a
# killed save left behind are removed on the next start.
# Tests often run as root, which chmod does not stop, so a read-only
# directory is made for an unprivileged user (setpriv) when running as root,
# and a full disk is made three ways: a small tmpfs (in a private mount
# namespace through unshare; skipped with a note where that is not allowed),
# a file-size limit (ulimit -f: EFBIG, as a quota would), and /dev/full.
# (The atomic writer's own failure paths: tests/unit/test_atomic_write.cpp.)
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"

chmod 755 "$T"  # the unprivileged user below reads the corpus here
head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
printf 'In the beginning.\nAnd God said.\n' >"$T/in.txt"
tiny=(--threads 1 --arch rnn --attention general --train-src "$T/train.en" --train-tgt "$T/train.es"
      --vocab-size 300 --dim 32 --enc-hidden 32 --dec-hidden 32 --batch-tokens 1000 --lr 3e-3
      --warmup 5 --log-every 100 --save-every 100)

# Trains 2 updates into DIR/m.nmt and keeps copies of what the save wrote.
first_save() {
  local dir=$1
  "$TRAIN" "${tiny[@]}" --model "$dir/m.nmt" --max-updates 2 2>"$T/first.log" ||
    fail "first save into $dir failed: $(tail -n 2 "$T/first.log")"
  cp "$dir/m.nmt" "$T/saved.nmt" && cp "$dir/m.nmt.ckpt" "$T/saved.ckpt"
}

# The previous save is intact: same bytes, still translates, no temporaries.
expect_previous_intact() {
  local dir=$1 what=$2
  cmp -s "$dir/m.nmt" "$T/saved.nmt" || fail "$what: the model file changed"
  cmp -s "$dir/m.nmt.ckpt" "$T/saved.ckpt" || fail "$what: the checkpoint changed"
  [ -n "$("$TRANSLATE" -m "$dir/m.nmt" <"$T/in.txt" 2>/dev/null | tr -d '\n')" ] ||
    fail "$what: the previous model does not translate"
  [ -z "$(compgen -G "$dir/m.nmt*.tmp.*")" ] || fail "$what: temporary files left: $(ls "$dir")"
}

# 1. A directory that cannot be written, and a "directory" that is a file.
mkdir "$T/ro"
first_save "$T/ro"
chmod 555 "$T/ro"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "note: root without setpriv: the read-only directory case is skipped"
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  expect_error_after_log "ro/m.nmt: cannot create temporary file .*Permission denied" \
    "${as_user[@]}" "$TRAIN" "${tiny[@]}" --model "$T/ro/m.nmt" --max-updates 4
  expect_previous_intact "$T/ro" "read-only directory"
fi
chmod 755 "$T/ro"
printf 'x' >"$T/plain_file"
expect_error "plain_file/m.nmt: cannot create temporary file .*Not a directory" \
  "$TRAIN" "${tiny[@]}" --model "$T/plain_file/m.nmt" --max-updates 2
expect_error "m.nmt: cannot create temporary file .*No such file or directory" \
  "$TRAIN" "${tiny[@]}" --model "$T/no/such/dir/m.nmt" --max-updates 2

# 2. A file-size limit during the second save: the checkpoint (written first,
# the largest file) cannot be completed.
mkdir "$T/limit"
first_save "$T/limit"
limit_kb=$(( $(stat -c %s "$T/saved.nmt") / 1024 + 4 ))
(ulimit -f "$limit_kb"; exec "$TRAIN" "${tiny[@]}" --model "$T/limit/m.nmt" --max-updates 4) \
  >"$T/out" 2>"$T/err" </dev/null
expect_eq "$?" "1" "exit code when a save exceeds the file-size limit"
echo "file-size limit of $limit_kb kB: $(tail -n 1 "$T/err")"
tail -n 1 "$T/err" | grep -q "m.nmt.ckpt: cannot write: File too large" ||
  fail "file-size limit: last line [$(tail -n 1 "$T/err")]"
expect_eq "$(grep -c error "$T/err")" "1" "error lines on a file-size limit"
expect_previous_intact "$T/limit" "file-size limit"
# With room again, the run resumes from the intact checkpoint.
"$TRAIN" "${tiny[@]}" --model "$T/limit/m.nmt" --max-updates 4 2>"$T/again.log" ||
  fail "resume after the failed save: $(tail -n 2 "$T/again.log")"
grep -q "continuing after update 2" "$T/again.log" || fail "did not resume from update 2"

# 3. A full disk: a tmpfs just big enough for the first save, not the second
# (an atomic save needs room for the new file beside the old one).
# tmpfs hands out whole 4 kB pages, so each file is counted in pages.
pages_kb() {  # FILE...: kB of whole pages the files take (missing files: 0)
  local total=0 f
  for f in "$@"; do
    [ -e "$f" ] && total=$((total + ($(stat -c %s "$f") + 4095) / 4096 * 4))
  done
  echo "$total"
}
model_kb=$(pages_kb "$T/saved.nmt")
ckpt_kb=$(pages_kb "$T/saved.ckpt")
# The training log, curves page, corpus cache and lock file written beside the model take room too.
mkdir "$T/sizes"
first_save "$T/sizes"
side_kb=$(pages_kb "$T/sizes"/m.nmt.log.jsonl "$T/sizes"/m.nmt.curves.html "$T/sizes"/m.nmt.corpus \
  "$T/sizes"/m.nmt.lock)
size_kb=$((model_kb + ckpt_kb + side_kb + 8))
cat >"$T/full_disk.sh" <<EOF
set -u
mkdir -p "$T/mnt"
mount -t tmpfs -o size=${size_kb}k nmt-test "$T/mnt" || exit 77
"$TRAIN" ${tiny[*]} --model "$T/mnt/m.nmt" --max-updates 2 2>"$T/first.log" || exit 78
cp "$T/mnt/m.nmt" "$T/saved.nmt"; cp "$T/mnt/m.nmt.ckpt" "$T/saved.ckpt"
"$TRAIN" ${tiny[*]} --model "$T/mnt/m.nmt" --max-updates 4 >"$T/out" 2>"$T/err" </dev/null
echo \$? >"$T/rc"
cmp -s "$T/mnt/m.nmt" "$T/saved.nmt" && echo same >"$T/model_same"
cmp -s "$T/mnt/m.nmt.ckpt" "$T/saved.ckpt" && echo same >"$T/ckpt_same"
"$TRANSLATE" -m "$T/mnt/m.nmt" <"$T/in.txt" >"$T/full_translation" 2>/dev/null
ls -a "$T/mnt" >"$T/mnt_files"
EOF
unshare --mount --map-root-user bash "$T/full_disk.sh" 2>"$T/unshare.err"
rc=$?
if [ "$rc" -eq 77 ] || { [ "$rc" -ne 0 ] && [ "$rc" -ne 78 ] && [ ! -e "$T/rc" ]; }; then
  echo "note: cannot mount a tmpfs here ($(head -n 1 "$T/unshare.err")): the full-disk tmpfs case is skipped"
elif [ "$rc" -eq 78 ]; then
  fail "tmpfs of ${size_kb} kB: the first save failed: $(tail -n 2 "$T/first.log")"
else
  echo "full tmpfs of ${size_kb} kB: $(tail -n 1 "$T/err")"
  expect_eq "$(cat "$T/rc")" "1" "exit code when the disk fills during a save"
  tail -n 1 "$T/err" | grep -q "cannot write.*No space left on device" ||
    fail "full disk: last line [$(tail -n 1 "$T/err")]"
  expect_eq "$(grep -c error "$T/err")" "1" "error lines on a full disk"
  [ -e "$T/model_same" ] || fail "full disk: the model file changed"
  [ -e "$T/ckpt_same" ] || fail "full disk: the checkpoint changed"
  [ -n "$(tr -d '\n' <"$T/full_translation")" ] || fail "full disk: the previous model does not translate"
  grep -q "\.tmp\." "$T/mnt_files" && fail "full disk: temporary files left: $(cat "$T/mnt_files")"
fi

# 4. nmt-translate into a full disk: -o keeps the previous output file;
# stdout on a full device is an error, not a silent exit 0.
"$TRANSLATE" -m "$T/limit/m.nmt" -i "$T/in.txt" -o "$T/out.txt" || fail "translate -o failed"
cp "$T/out.txt" "$T/out.saved"
yes 'And God said, Let there be light: and there was light.' | head -n 3000 >"$T/many.txt"
(ulimit -f 4; exec "$TRANSLATE" -m "$T/limit/m.nmt" -i "$T/many.txt" -o "$T/out.txt") >"$T/o" 2>"$T/e"
expect_eq "$?" "1" "translate -o past the file-size limit: exit code"
grep -q "out.txt: cannot write: File too large" "$T/e" || fail "translate -o: [$(cat "$T/e")]"
cmp -s "$T/out.txt" "$T/out.saved" || fail "translate -o: the previous output changed"
expect_error "cannot write.*No space left on device" "$TRANSLATE" -m "$T/limit/m.nmt" -i "$T/in.txt" -o /dev/full
"$TRANSLATE" -m "$T/limit/m.nmt" -i "$T/in.txt" >/dev/full 2>"$T/e"
expect_eq "$?" "1" "translate to a full stdout: exit code"
grep -q "standard output: No space left on device" "$T/e" || fail "full stdout: [$(cat "$T/e")]"

# 5. Temporaries of a killed save (dead pid) go on the next start; those of a
# live process (another writer) and other files stay.
bash -c 'exit 0' & dead=$!
wait "$dead"
touch "$T/limit/m.nmt.tmp.$dead.0" "$T/limit/m.nmt.ckpt.tmp.$dead.3" "$T/limit/m.nmt.tmp.$$.0" \
  "$T/limit/m.nmt.tmp.notes"
"$TRAIN" "${tiny[@]}" --model "$T/limit/m.nmt" --max-updates 5 2>"$T/clean.log" ||
  fail "training beside stale temporaries failed: $(tail -n 2 "$T/clean.log")"
grep -q "removed 2 unfinished temporary file(s)" "$T/clean.log" || fail "no removal reported: $(cat "$T/clean.log")"
[ ! -e "$T/limit/m.nmt.tmp.$dead.0" ] && [ ! -e "$T/limit/m.nmt.ckpt.tmp.$dead.3" ] ||
  fail "temporaries of a dead process were left"
[ -e "$T/limit/m.nmt.tmp.$$.0" ] && [ -e "$T/limit/m.nmt.tmp.notes" ] ||
  fail "a live process's temporary or an unrelated file was removed"
finish
