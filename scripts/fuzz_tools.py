#!/usr/bin/python3
"""Feeds generated bad inputs to every nmt tool and checks how each one ends.

Run by `make test-fuzz`; a small seeded slice runs in CTest
(tests/cli/test_fuzz_smoke.sh). Standard library only.

For every tool (nmt-train, nmt-translate, nmt-eval, nmt-align and nmt-bench's
argument parsing) it generates --count cases from --seed: random bytes,
truncations and bit flips of a real model and checkpoint, model files whose
payload was changed and re-sealed with a correct CRC (so the loader's deeper
checks are reached), invalid UTF-8, NUL bytes, 10 MB lines, empty files,
corpora of different lengths, bad config files (--config), bad flag values
(negative, zero, huge, NaN, non-numeric, unknown flags), garbage gold
alignments and references. Each case says what it expects:
  error   exit 1 (an error in the data) or, for a case about flags or a
          --config file, exit 2 (a usage error) or 1 (a value the flags allow
          but the data does not); exactly one non-empty line on stderr, nothing
          on stdout (nmt-train may log progress first: then its last line is
          the error);
  ok      exit 0 and a sane output (line counts, a readable model, ...);
  either  the input may be valid: one of the two, each checked as above.
Whatever is expected, a case fails on a signal, a timeout (a hang), any
sanitizer report, "terminate called", or an error message over 1000 bytes.
A per-process address-space limit (--mem-limit-mb) turns runaway allocations
into failures of the tool's own "out of memory" path instead of a swapping box.

The fixture (a tiny Transformer and RNN trained for a few updates on
corpora/sample) is built once in a temporary directory.
Prints a summary per tool and every failure with a shell reproducer (the
failing case's files are kept under --keep-dir).
"""

import argparse
import concurrent.futures
import os
import random
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

import fcntl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fuzz_safety  # noqa: E402

TOOLS = ["nmt-train", "nmt-translate", "nmt-eval", "nmt-align", "nmt-bench", "nmt-info",
         "nmt-quantize", "nmt-average"]
SANITIZER_MARKS = [b"AddressSanitizer", b"LeakSanitizer", b"UndefinedBehaviorSanitizer",
                   b"runtime error:", b"terminate called", b"Assertion `", b"stack trace",
                   b"Segmentation fault", b"core dumped"]
MAX_MESSAGE_BYTES = 1000
LONG_LINE_BYTES = [10 * 1024 * 1024]  # --long-line-bytes
LONG_LINE_TIMEOUT = 60  # seconds: a 10 MB line is cut by bytes before SentencePiece sees it

# Cases that fail because of a bug not fixed yet: (tool, case kind prefix,
# text in the command line) -> reason. Reported as "known", not counted.
KNOWN_FAILURES = {}  # none today; add (tool, kind prefix, text) -> reason


class Case:
    def __init__(self, tool, kind, args, files=None, stdin=b"", expect="error", check=None,
                 timeout=None, stdout_path=None, hold_lock=None, send_signal=None, after=None,
                 expect_text=None):
        self.tool, self.kind, self.args = tool, kind, args
        self.files = files or {}   # name in the case directory -> bytes (or None: a directory)
        self.stdin = stdin
        self.expect = expect       # "error", "ok" or "either"
        self.check = check         # check(stdout, case_dir) -> problem or None, for exit 0
        self.timeout = timeout
        self.stdout_path = stdout_path  # stdout goes there (/dev/full) instead of a pipe
        self.hold_lock = hold_lock      # a file in the case directory the harness flocks
        self.send_signal = send_signal  # (signal, seconds): sent once, after that delay
        self.after = after              # after(rc, case_dir) -> problem or None, any exit
        self.expect_text = expect_text  # bytes the error line must contain


# ---------------------------------------------------------------- byte helpers

INVALID_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80",
                b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xe2\x82", b"\xf0\x9f\x98"]
WEIRD_VALID = ["\u200b", "\ufeff", "\u0301", "\U0001F600", "\u202e", "\t", "\x1b[31m", "\u00a0",
               "\u0130", "\ufffd", " "]


def rand_bytes(rng, n):
    return rng.randbytes(n)


def lines_of(data):
    """Lines as the tools count them: split on \\n; a last line without \\n counts."""
    if not data:
        return []
    parts = data.split(b"\n")
    return parts[:-1] if parts[-1] == b"" else parts


def line_is_valid(line):
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in line


def mutate_text(rng, data):
    """A damaged or odd copy of a text file: (bytes, kind, all lines valid UTF-8 without NUL)."""
    lines = lines_of(data) or [b"hello world"]
    kinds = ["invalid-utf8", "nul", "long-line", "empty", "random", "crlf", "bom", "blank-lines",
             "no-final-newline", "truncate", "bitflip", "weird-unicode", "only-newlines",
             "huge-token-count"]
    # A 10 MB line costs a tool tens of seconds (SentencePiece): one in sixty.
    choice = rng.choices(kinds, weights=[4 if k != "long-line" else 1 for k in kinds])[0]
    out = list(lines)
    i = rng.randrange(len(out))
    if choice == "invalid-utf8":
        pos = rng.randrange(len(out[i]) + 1)
        out[i] = out[i][:pos] + rng.choice(INVALID_UTF8) + out[i][pos:]
    elif choice == "nul":
        pos = rng.randrange(len(out[i]) + 1)
        out[i] = out[i][:pos] + b"\x00" + out[i][pos:]
    elif choice == "long-line":
        unit = rng.choice([b"a", b"la casa ", "\u00e9".encode(), b"x" * 100 + b" ", b"\xe4\xb8\xad"])
        out[i] = (unit * (LONG_LINE_BYTES[0] // len(unit) + 1))[:LONG_LINE_BYTES[0]]
        while not line_is_valid(out[i]):  # the cut may split a character
            out[i] = out[i][:-1]
    elif choice == "empty":
        return b"", choice, True
    elif choice == "random":
        blob = rand_bytes(rng, rng.randrange(1, 2048))
        return blob, choice, all(line_is_valid(l) for l in lines_of(blob))
    elif choice == "crlf":
        return b"".join(l + b"\r\n" for l in out), choice, True
    elif choice == "bom":
        return b"\xef\xbb\xbf" + b"".join(l + b"\n" for l in out), choice, True
    elif choice == "blank-lines":
        out[i] = rng.choice([b"", b"   ", b"\t"])
    elif choice == "no-final-newline":
        return b"\n".join(out), choice, True
    elif choice in ("truncate", "bitflip"):
        blob = bytearray(b"".join(l + b"\n" for l in out))
        if choice == "truncate":
            blob = blob[:rng.randrange(len(blob) + 1)]
        else:
            for _ in range(rng.randint(1, 8)):
                blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        blob = bytes(blob)
        return blob, choice, all(line_is_valid(l) for l in lines_of(blob))
    elif choice == "weird-unicode":
        out[i] = out[i] + "".join(rng.choice(WEIRD_VALID) for _ in range(8)).encode()
    elif choice == "only-newlines":
        return b"\n" * rng.randint(1, 5), choice, True
    elif choice == "huge-token-count":
        out[i] = b" ".join([b"a"] * 20000)
    return b"".join(l + b"\n" for l in out), choice, all(line_is_valid(l) for l in out)


# ------------------------------------------------------- model file structure

def seal(magic, payload, version=1):
    return struct.pack("<8sIQI", magic, version, len(payload), zlib.crc32(payload)) + payload


class Payload:
    """Reads the blocks of docs/FORMATS.md (string, maps, tensors) with their byte spans."""

    def __init__(self, data):
        self.data, self.pos = data, 0

    def u(self, fmt):
        v = struct.unpack_from(fmt, self.data, self.pos)[0]
        self.pos += struct.calcsize(fmt)
        return v

    def string(self):
        n = self.u("<Q")
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def string_map(self):
        return [(self.string(), self.string()) for _ in range(self.u("<Q"))]

    def tensors(self):
        out = []
        for _ in range(self.u("<Q")):
            name = self.string()
            dims = [self.u("<q") for _ in range(self.u("<I"))]
            count = self.u("<Q")
            values = self.data[self.pos:self.pos + 4 * count]
            self.pos += 4 * count
            out.append([name, dims, values])
        return out


def pack_string(s):
    return struct.pack("<Q", len(s)) + s


def pack_model(config, spm_src, spm_tgt, metadata, tensors):
    out = pack_string(config) + pack_string(spm_src) + pack_string(spm_tgt)
    out += struct.pack("<Q", len(metadata)) + b"".join(pack_string(k) + pack_string(v)
                                                       for k, v in metadata)
    out += struct.pack("<Q", len(tensors))
    for name, dims, values in tensors:
        out += pack_string(name) + struct.pack("<I", len(dims))
        out += b"".join(struct.pack("<q", d) for d in dims)
        out += struct.pack("<Q", len(values) // 4) + values
    return out


def parse_model(data):
    p = Payload(data[24:])
    return [p.string(), p.string(), p.string(), p.string_map(), p.tensors()]


CONFIG_BAD_VALUES = [b"-1", b"0", b"abc", b"", b"99999999999999999999", b"nan", b"inf", b"1e300",
                     b"2147483648", b"3.5", b"\xff\xfe", b"transformer\x00", b" 7 ", b"-0"]


def mutate_model(rng, model_bytes, ckpt_bytes):
    """A damaged model file: (bytes, kind, expect). Re-sealed payloads pass the CRC."""
    kind = rng.choice(["truncate", "bitflip", "random", "empty", "header", "reseal-config",
                       "reseal-spm", "reseal-tensor", "reseal-bytes", "reseal-values", "checkpoint",
                       "text", "appended"])
    data = bytearray(model_bytes)
    if kind == "truncate":
        return bytes(data[:rng.randrange(len(data))]), kind, "error"
    if kind == "bitflip":
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return bytes(data), kind, "error"
    if kind == "random":
        head = b"NMTMODEL" if rng.random() < 0.5 else b""
        return head + rand_bytes(rng, rng.randrange(1, 4096)), kind, "error"
    if kind == "empty":
        return b"", kind, "error"
    if kind == "header":
        field = rng.choice([(8, "<I", [0, 2, 7, 0xFFFFFFFF]),
                            (12, "<Q", [0, 1, len(data), 2**63, 2**64 - 1]),
                            (20, "<I", [0, 0xFFFFFFFF])])
        struct.pack_into(field[1], data, field[0], rng.choice(field[2]))
        return bytes(data), kind + "@%d" % field[0], "error"
    if kind == "checkpoint":
        return ckpt_bytes, kind, "error"
    if kind == "text":
        return b"config = 1\nthis is not a model\n", kind, "error"
    if kind == "appended":
        return bytes(data) + rand_bytes(rng, rng.randint(1, 64)), kind, "error"
    fields = parse_model(model_bytes)
    expect = "error"
    if kind == "reseal-config":
        lines = fields[0].split(b"\n")
        j = rng.randrange(len(lines))
        how = rng.choice(["value", "drop", "dup", "unknown", "garbage"])
        if how == "value" and b"=" in lines[j]:
            lines[j] = lines[j].split(b"=")[0] + b"= " + rng.choice(CONFIG_BAD_VALUES)
            expect = "either"  # "-0" or " 7 " may be fine for some keys
        elif how == "drop":
            del lines[j]
            expect = "either"  # a key may be optional
        elif how == "dup":
            lines.insert(j, lines[j])
            expect = "either"
        elif how == "unknown":
            lines.insert(j, b"no_such_key = 3")
        else:
            lines[j] = rand_bytes(rng, rng.randint(1, 40))
            expect = "either"
        fields[0] = b"\n".join(lines)
        kind += ":" + how
    elif kind == "reseal-spm":
        spm = bytearray(fields[1])
        how = rng.choice(["truncate", "bitflip", "random", "empty"])
        if how == "truncate":
            spm = spm[:rng.randrange(len(spm))]
        elif how == "bitflip":
            for _ in range(rng.randint(1, 8)):
                spm[rng.randrange(len(spm))] ^= 1 << rng.randrange(8)
        elif how == "random":
            spm = bytearray(rand_bytes(rng, rng.randrange(1, 2000)))
        else:
            spm = bytearray()
        fields[1] = bytes(spm)
        expect = "either" if how == "bitflip" else "error"
        kind += ":" + how
    elif kind == "reseal-tensor":
        tensors = fields[4]
        t = rng.choice(tensors)
        how = rng.choice(["shape", "rename", "drop", "duplicate", "rank", "empty-name"])
        if how == "shape" and t[1]:
            k = rng.randrange(len(t[1]))
            t[1][k] = rng.choice([0, 1, t[1][k] + 1, 3])
            if t[1][k] == 0:
                t[2] = b""
            count = 1
            for d in t[1]:
                count *= d
            t[2] = (t[2] * (count // max(1, len(t[2]) // 4) + 1))[:4 * count]
        elif how == "rename":
            t[0] = t[0] + b".x"
        elif how == "drop":
            tensors.remove(t)
        elif how == "duplicate":
            tensors.append(list(t))
        elif how == "rank":
            t[1] = t[1] + [1]
        else:
            t[0] = b""
        kind += ":" + how
    elif kind == "reseal-values":
        t = rng.choice(fields[4])
        special = rng.choice([float("nan"), float("inf"), -float("inf"), 1e38, 0.0])
        t[2] = struct.pack("<f", special) * (len(t[2]) // 4)
        expect = "either"  # a valid file with strange weights: translating must still work
    payload = pack_model(*fields)
    if kind == "reseal-bytes":
        payload = bytearray(payload)
        for _ in range(rng.randint(1, 6)):
            payload[rng.randrange(len(payload))] = rng.getrandbits(8)
        payload = bytes(payload)
        expect = "either"
    return seal(b"NMTMODEL", payload), kind, expect


# ------------------------------------------------------------ flag values

INT_JUNK = ["abc", "", "1.5", "99999999999999999999", "-99999999999999999999", "nan", "1e999",
            "3abc", "--", "0x", "\xff", "½"]
FLOAT_JUNK = ["abc", "", "nan", "NaN", "inf", "-inf", "1e999", "3abc", "--", "1,5", "0x"]


def flag_value(rng, spec):
    """(value, expect) for a flag described by (kind, lo, hi); lo/hi None = unbounded."""
    kind, lo, hi = spec
    r = rng.random()
    if kind == "str":
        return rng.choice(["", "bogus", "\xff", "a" * 5000, "-1"]), "error"
    junk = INT_JUNK if kind == "int" else FLOAT_JUNK
    if r < 0.4:
        value = rng.choice(junk)
        # CLI11 saturates an integer that overflows: huge, but a number.
        # An empty value means the default to CLI11.
        return value, "either" if value.lstrip("-") == "9" * 20 or value == "" else "error"
    if r < 0.6 and lo is not None:
        below = lo - 1 if kind == "int" else lo - rng.choice([1e-3, 1, 1e6])
        return str(below), "error"
    if r < 0.8 and hi is not None:
        above = hi + 1 if kind == "int" else hi + rng.choice([1, 1e6])
        return str(above), "error"
    lo_v = lo if lo is not None else 0
    hi_v = hi if hi is not None else lo_v + 8
    if kind == "int":
        return str(rng.randint(lo_v, min(hi_v, lo_v + 8))), "either"
    return repr(rng.uniform(lo_v, min(hi_v, lo_v + 2))), "either"


def clamp(value, shrink):
    """A valid value made small enough for a quick run; others unchanged."""
    try:
        return str(shrink(value))
    except ValueError:
        return value


def unknown_flag(rng):
    return rng.choice([["--bogus"], ["--bogus", "1"], ["-Z"], ["---x"], ["--=3"], ["--threads"],
                       ["--model"], ["-"], ["-x", "3"], ["--threads=x"]])


def bad_config(rng, known_keys):
    """A --config file that must be refused, as bytes (TOML/INI that CLI11 reads)."""
    key = rng.choice(known_keys)
    return rng.choice([
        b"no_such_option = 3\n",
        b"[section]\nalso_unknown = 1\n",
        ("%s = abc\n" % key).encode() if key in ("beam", "batch", "dim", "threads") else
        b"no_such = 1\n",
        b"threads = -5\n",
        b"threads = [\n",
        b"\xff\xfe\x00\x01garbage\x00\n",
        b"\x00" * 64,
        ("threads = %s\n" % ("9" * 30)).encode(),
        b"this is not a config file at all\n",
        b"[[[\n",
    ])


# ------------------------------------------------------------- output checks

def check_line_count(expected):
    def check(stdout, _dir):
        got = len(lines_of(stdout))
        return None if got == expected else "stdout has %d lines, want %d" % (got, expected)
    return check


def check_model_written(name):
    def check(_stdout, case_dir):
        path = os.path.join(case_dir, name)
        if not os.path.exists(path):
            return "exit 0 but no model file %s" % name
        with open(path, "rb") as f:
            data = f.read()
        if data[:8] != b"NMTMODEL" or zlib.crc32(data[24:]) != struct.unpack_from("<I", data, 20)[0]:
            return "exit 0 but %s is not a valid model file" % name
        return None
    return check


def check_scores(stdout, _dir):
    text = stdout.decode("utf-8", "replace")
    return None if re.search(r"(BLEU|chrF|bleu|chrf)", text) else "no score in %r" % text[:200]


def check_json_lines(stdout, _dir):
    import json
    for line in lines_of(stdout):
        try:
            json.loads(line)
        except ValueError:
            return "not a JSON line: %r" % line[:200]
    return None if stdout else "no output"


# -------------------------------------------------------------- generators
# Each takes (rng, fixture) and returns one Case. Paths to fixture files are
# absolute; files a case creates live in its own directory (relative names).

def model_case(rng, fx, tool, make_args):
    """A damaged model file given to a tool that loads one."""
    base = fx.rnn_bytes if rng.random() < 0.3 else fx.model_bytes
    data, kind, expect = mutate_model(rng, base, fx.ckpt_bytes)
    files = {"model.nmt": data}
    where = rng.random()
    model = "model.nmt"
    if where < 0.04:
        files, model, kind, expect = {"model.nmt": None}, "model.nmt", "directory", "error"
    elif where < 0.08:
        files, model, kind, expect = {}, "missing.nmt", "missing", "error"
    args, check = make_args(model)
    return Case(tool, "model:" + kind, args, files, expect=expect, check=check)


def config_case(rng, tool, base_args, keys):
    files = {"bad.ini": bad_config(rng, keys)}
    # Flags override the config file: a bad key must not also be on the command line.
    key = files["bad.ini"].split(b"=")[0].strip().decode("latin-1")
    if "--" + key in base_args:
        i = base_args.index("--" + key)
        base_args = base_args[:i] + base_args[i + 2:]
    arg = "bad.ini" if rng.random() < 0.9 else "no_such_config.ini"
    return Case(tool, "config", base_args + ["--config", arg], files, expect="error")


def gen_translate(rng, fx):
    r = rng.random()
    small_in = fx.sample_src
    n_in = len(lines_of(small_in))
    if r < 0.35:
        return model_case(rng, fx, "nmt-translate",
                          lambda m: (["-m", m, "-i", fx.path("input.txt")],
                                     check_line_count(n_in)))
    if r < 0.65:
        data, kind, valid = mutate_text(rng, small_in)
        via_stdin = rng.random() < 0.5
        args = ["-m", fx.model] + ([] if via_stdin else ["-i", "in.txt"])
        if rng.random() < 0.3:
            args += ["--beam", str(rng.randint(1, 4)), "--batch", str(rng.randint(1, 5))]
        files = {} if via_stdin else {"in.txt": data}
        # A bad line is reported (file:line) and left empty; the others are
        # translated; exit 1 at the end. So stdout always has one line per line.
        n = len(lines_of(data))
        return Case("nmt-translate", "input:" + kind, args, files,
                    stdin=data if via_stdin else b"",
                    expect="ok" if valid else "bad-lines", check=check_line_count(n))
    if r < 0.9:
        specs = {"--beam": ("int", 1, 1000), "--batch": ("int", 1, 100000),
                 "--n-best": ("int", 1, 1000), "--max-length-ratio": ("float", 0.0, 1000.0),
                 "--length-penalty": ("float", 0.0, 10.0), "--threads": ("int", 0, 1024),
                 "--max-input-tokens": ("int", 1, 1000000), "--alignment": ("str", None, None)}
        flag = rng.choice(sorted(specs))
        value, expect = flag_value(rng, specs[flag])
        if flag == "--max-length-ratio" and expect == "either":
            value = clamp(value, lambda v: min(float(v), 3.0))
        args = ["-m", fx.model, "-i", fx.path("input.txt")]
        if flag == "--n-best" and expect == "either":
            value = clamp(value, lambda v: min(int(v), 3))
            args += ["--beam", "3"]
        args += [flag, value]
        if rng.random() < 0.2:  # the bad value inside a config file instead
            files = {"c.ini": ("%s = %s\n" % (flag[2:], value)).encode("utf-8", "surrogateescape")}
            args = args[:-2] + ["--config", "c.ini"]
            return Case("nmt-translate", "config-flag" + flag, args, files, expect=expect,
                        check=check_line_count(n_in) if flag != "--n-best" else None)
        return Case("nmt-translate", "flag" + flag, args, expect=expect,
                    check=check_line_count(n_in) if flag != "--n-best" else None)
    if r < 0.95:
        return config_case(rng, "nmt-translate", ["-m", fx.model, "-i", fx.path("input.txt")],
                           ["beam", "batch", "threads"])
    args = ["-m", fx.model, "-i", fx.path("input.txt")]
    junk = unknown_flag(rng)
    pos = rng.randrange(len(args) + 1)
    return Case("nmt-translate", "unknown-flag", args[:pos] + junk + args[pos:], expect="error")


def gen_eval(rng, fx):
    r = rng.random()
    ref, hyp = fx.ref_bytes, fx.hyp_bytes
    n = len(lines_of(ref))
    if r < 0.45:
        side = rng.choice(["ref", "hyp", "src"])
        data, kind, valid = mutate_text(rng, ref if side == "ref" else hyp)
        files = {"ref.txt": ref, "hyp.txt": hyp, "src.txt": fx.ref_bytes}
        files[side + ".txt"] = data
        args = ["--ref", "ref.txt", "--hyp", "hyp.txt", "--metric", rng.choice(["bleu", "chrf", "bleu,chrf"])]
        if side == "src":
            args += ["--by-length", "--src", "src.txt"]
        stdin = b""
        if side == "hyp" and rng.random() < 0.3:
            args = [a for a in args if a not in ("--hyp", "hyp.txt")]
            stdin = data
        # Same line counts and valid text: a score. Anything else: one error line.
        same = len(lines_of(data)) == n
        expect = "either" if (valid and same) else "error"
        return Case("nmt-eval", "%s:%s" % (side, kind), args, files, stdin=stdin, expect=expect,
                    check=check_scores)
    if r < 0.6:
        k = rng.randrange(n)
        short = b"".join(l + b"\n" for l in lines_of(ref)[:k])
        files = {"ref.txt": ref, "hyp.txt": short, "ref2.txt": ref}
        args = ["--ref", "ref.txt", "--hyp", "hyp.txt"]
        if rng.random() < 0.5:
            files = {"ref.txt": ref, "hyp.txt": hyp, "ref2.txt": short}
            args += ["--ref", "ref2.txt"]
        return Case("nmt-eval", "mismatched-lines", args, files, expect="error")
    if r < 0.85:
        choices = [["--metric", rng.choice(["bogus", "", "ter", "\xff", "bleu,x"])],
                   ["--tokenize", rng.choice(["bogus", "", "intl", "13A"])],
                   ["--by-length"], ["--src", "missing.txt", "--by-length"],
                   ["--ref", "missing.txt"], ["--hyp", "missing.txt"], ["--ref", "."],
                   ["--threads", flag_value(rng, ("int", 0, 1024))[0]],
                   ["--hyp", "."], ["--ref", "/dev/null"]]
        extra = rng.choice(choices)
        expect = "error"
        if extra[0] == "--threads":
            expect = "either" if re.fullmatch(r"\d+", extra[1]) and int(extra[1]) <= 1024 else "error"
        files = {"ref.txt": ref, "hyp.txt": hyp}
        return Case("nmt-eval", "flag" + extra[0], ["--ref", "ref.txt", "--hyp", "hyp.txt"] + extra,
                    files, expect=expect, check=check_scores)
    if r < 0.93:
        return config_case(rng, "nmt-eval", ["--ref", fx.path("ref.txt"), "--hyp", fx.path("hyp.txt")],
                           ["metric", "threads"])
    args = ["--ref", fx.path("ref.txt"), "--hyp", fx.path("hyp.txt")]
    pos = rng.randrange(len(args) + 1)
    return Case("nmt-eval", "unknown-flag", args[:pos] + unknown_flag(rng) + args[pos:],
                expect="error")


GOLD_JUNK = [b"1-x", b"-1-2", b"1--2", b"1?", b"?1", b"p", b"1p", b"9999999999-1", b"1-9999999999",
             b"500-0", b"0-500", b"0-0-0", b"1_2", b"\xff-\xfe", b"0\x001", b"1.0-2",
             b"+1-2", b"0x1-2", b"\xd9\xa1-\xd9\xa2", b"1-2 " * 3 + b"zz"]


def mutate_gold(rng, gold):
    lines = lines_of(gold)
    how = rng.choice(["junk-link", "random", "lines", "empty", "long", "one-based-zero", "bitflip"])
    if how == "random":
        return rand_bytes(rng, rng.randrange(1, 1000)), how, "either"
    if how == "empty":
        return b"", how, "error"
    if how == "lines":
        k = rng.choice([0, len(lines) - 1, len(lines) + 1, len(lines) * 2])
        return b"".join((lines[i % len(lines)] + b"\n") for i in range(k)), how, "error"
    if how == "long":
        return b"0-0 " * (LONG_LINE_BYTES[0] // 4) + b"\n" + b"".join(l + b"\n" for l in lines[1:]), how, "either"
    if how == "bitflip":
        blob = bytearray(gold)
        for _ in range(rng.randint(1, 4)):
            blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        return bytes(blob), how, "either"
    i = rng.randrange(len(lines))
    junk = rng.choice(GOLD_JUNK) if how == "junk-link" else b"0-0"
    lines[i] = lines[i] + b" " + junk
    return b"".join(l + b"\n" for l in lines), how, "error"


def gen_align(rng, fx):
    r = rng.random()
    src, tgt, gold = fx.align_src, fx.align_tgt, fx.align_gold
    n = len(lines_of(src))
    base = ["-m", fx.model, "--src", "src.txt", "--tgt", "tgt.txt"]
    files = {"src.txt": src, "tgt.txt": tgt, "gold.txt": gold}
    if r < 0.2:
        return model_case(rng, fx, "nmt-align",
                          lambda m: (["-m", m, "--src", fx.path("align_src.txt"), "--tgt",
                                      fx.path("align_tgt.txt")], check_line_count(n)))
    if r < 0.5:
        data, kind, expect = mutate_gold(rng, gold)
        files["gold.txt"] = data
        one = kind == "one-based-zero" or rng.random() < 0.2
        args = base + ["--gold", "gold.txt", "--pharaoh", "out.align"] + (["--gold-one-based"] if one else [])
        if one or kind in ("lines",):
            expect = "either" if expect == "either" else "error"
        return Case("nmt-align", "gold:" + kind, args, files, expect=expect, check=None)
    if r < 0.7:
        side = rng.choice(["src", "tgt"])
        data, kind, valid = mutate_text(rng, src if side == "src" else tgt)
        files[side + ".txt"] = data
        same = len(lines_of(data)) == n
        expect = "either" if valid and (same or rng.random() < 0) else "error"
        if side == "src" and valid and not same:
            expect = "error"
        return Case("nmt-align", side + ":" + kind, base, files, expect=expect,
                    check=check_line_count(len(lines_of(files["src.txt"]))))
    if r < 0.9:
        specs = {"--layer": ("int", -1, 1000000), "--beam": ("int", 1, 1000),
                 "--batch": ("int", 1, 100000), "--max-sentences": ("int", 0, None),
                 "--length-penalty": ("float", 0.0, 10.0),
                 "--max-length-ratio": ("float", 0.0, 1000.0), "--threads": ("int", 0, 1024)}
        strs = {"--method": ["bogus", "threshold:", "threshold:abc", "threshold:nan",
                             "threshold:-1", "threshold:2", "threshold:inf", "shift:1", ""],
                "--head": ["99", "-1", "abc", "", "best", "1.5", "avgx", "2147483648"],
                "--format": ["bogus", "", "SVG", "jpg"]}
        flag = rng.choice(sorted(list(specs) + list(strs)))
        if flag in strs:
            value = rng.choice(strs[flag])
            expect = "error"
            extra = []
            if flag == "--format":
                extra = ["--heatmap", "maps"]
            if flag == "--head" and value == "best":
                expect = "error"  # best needs --gold
            return Case("nmt-align", "flag" + flag, base + extra + [flag, value], files,
                        expect=expect)
        value, expect = flag_value(rng, specs[flag])
        if flag == "--max-length-ratio" and expect == "either":
            value = clamp(value, lambda v: min(float(v), 3.0))
        if flag == "--layer" and expect == "either":
            expect = "either"  # a layer past the model's is a user error; -1 or 0 are fine
        return Case("nmt-align", "flag" + flag, base + [flag, value], files, expect=expect,
                    check=None)
    if r < 0.95:
        if rng.random() < 0.5:
            files["maps"] = b"a file, not a directory"
            return Case("nmt-align", "heatmap-not-dir",
                        base + ["--heatmap", "maps", "--format", rng.choice(["svg", "png", "html"])],
                        files, expect="error")
        return config_case(rng, "nmt-align", base, ["beam", "batch", "threads"])
    pos = rng.randrange(len(base) + 1)
    return Case("nmt-align", "unknown-flag", base[:pos] + unknown_flag(rng) + base[pos:], files,
                expect="error")


TRAIN_SPECS = {
    "--dim": ("int", 1, None), "--heads": ("int", 1, None), "--enc-layers": ("int", 1, None),
    "--dec-layers": ("int", 1, None), "--ffn": ("int", 1, None), "--enc-hidden": ("int", 1, None),
    "--dec-hidden": ("int", 1, None), "--dropout": ("float", 0.0, 0.99),
    "--label-smoothing": ("float", 0.0, 0.99), "--batch-tokens": ("int", 1, None),
    "--max-tokens": ("int", 1, None), "--max-line-bytes": ("int", 0, None),
    "--lr": ("float", 1e-9, None), "--warmup": ("int", 0, None), "--clip-norm": ("float", 0.0, None),
    "--weight-decay": ("float", 0.0, None), "--max-updates": ("int", 0, None),
    "--valid-every": ("int", 1, None), "--save-every": ("int", 1, None), "--log-every": ("int", 1, None),
    "--seed": ("int", 0, None), "--threads": ("int", 0, 1024), "--vocab-size": ("int", 1, None),
    "--character-coverage": ("float", 0.9, 1.0), "--early-stopping": ("int", 0, None),
    "--valid-max-sentences": ("int", 0, None), "--max-epochs": ("int", 0, None),
    "--spm-sample": ("int", 1, None),
}
TRAIN_STR = {"--arch": ["bogus", "", "Transformer", "cnn"], "--attention": ["bogus", "", "luong"],
             "--schedule": ["bogus", "", "cosine"], "--valid-metric": ["bogus", "", "ter", "BLEU"],
             "--spm-type": ["bogus", "", "word", "char2"],
             "--max-time": ["abc", "-5", "5x", "1e999", "nan", "0"]}


def train_args(fx, src, tgt, model="out.nmt", spm=True):
    args = ["--train-src", src, "--train-tgt", tgt, "--model", model, "--dim", "16", "--heads", "2",
            "--enc-layers", "1", "--dec-layers", "1", "--ffn", "32", "--enc-hidden", "16",
            "--dec-hidden", "16", "--batch-tokens", "400", "--max-updates", "2", "--log-every", "1",
            "--warmup", "10", "--valid-every", "1000", "--save-every", "1000", "--threads", "1"]
    if spm:
        args += ["--spm", fx.spm]
    return args


def gen_train(rng, fx):
    r = rng.random()
    check = check_model_written("out.nmt")
    if r < 0.3:
        side = rng.choice(["src", "tgt", "valid-src", "valid-tgt", "spm"])
        files = {"src.txt": fx.train_src_bytes, "tgt.txt": fx.train_tgt_bytes,
                 "valid-src.txt": fx.valid_src_bytes, "valid-tgt.txt": fx.valid_tgt_bytes}
        args = train_args(fx, "src.txt", "tgt.txt")
        if side.startswith("valid"):
            args += ["--valid-src", "valid-src.txt", "--valid-tgt", "valid-tgt.txt"]
        if side == "spm":
            blob = bytearray(fx.spm_bytes)
            how = rng.choice(["truncate", "random", "empty", "bitflip"])
            if how == "truncate":
                blob = blob[:rng.randrange(len(blob))]
            elif how == "random":
                blob = bytearray(rand_bytes(rng, rng.randrange(1, 3000)))
            elif how == "empty":
                blob = bytearray()
            else:
                for _ in range(rng.randint(1, 8)):
                    blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
            files["bad.spm"] = bytes(blob)
            args += ["--spm", "bad.spm"]
            return Case("nmt-train", "spm:" + how, args, files,
                        expect="either" if how == "bitflip" else "error", check=check)
        data, kind, valid = mutate_text(rng, files[side + ".txt"])
        files[side + ".txt"] = data
        other = {"src": "tgt", "tgt": "src", "valid-src": "valid-tgt", "valid-tgt": "valid-src"}[side]
        same = len(lines_of(data)) == len(lines_of(files[other + ".txt"]))
        expect = "either" if valid and same else "error"
        if kind == "huge-token-count":
            expect = "either"  # the pair is over --max-tokens and skipped
        return Case("nmt-train", side + ":" + kind, args, files, expect=expect, check=check)
    if r < 0.45:
        k = rng.randrange(len(lines_of(fx.train_src_bytes)))
        short = b"".join(l + b"\n" for l in lines_of(fx.train_src_bytes)[:k])
        files = {"src.txt": fx.train_src_bytes, "tgt.txt": short}
        if rng.random() < 0.5:
            files = {"src.txt": short, "tgt.txt": fx.train_tgt_bytes}
        return Case("nmt-train", "mismatched-lines", train_args(fx, "src.txt", "tgt.txt"), files,
                    expect="error")
    if r < 0.55:
        # A damaged checkpoint beside the model: training resumes from it.
        blob = bytearray(fx.ckpt_bytes)
        how = rng.choice(["truncate", "bitflip", "random", "empty", "model"])
        if how == "truncate":
            blob = blob[:rng.randrange(len(blob))]
        elif how == "bitflip":
            for _ in range(rng.randint(1, 4)):
                blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        elif how == "random":
            blob = bytearray(b"NMTCHKPT" + rand_bytes(rng, rng.randrange(1, 3000)))
        elif how == "empty":
            blob = bytearray()
        else:
            blob = bytearray(fx.model_bytes)
        files = {"out.nmt": fx.model_bytes, "out.nmt.ckpt": bytes(blob)}
        args = train_args(fx, fx.path("train_src.txt"), fx.path("train_tgt.txt"), spm=False)
        if rng.random() < 0.5:
            args.append("--resume")
        return Case("nmt-train", "checkpoint:" + how, args, files, expect="error")
    if r < 0.85:
        flag = rng.choice(sorted(list(TRAIN_SPECS) + list(TRAIN_STR)))
        args = train_args(fx, fx.path("train_src.txt"), fx.path("train_tgt.txt"),
                          spm=flag not in ("--vocab-size", "--spm-type", "--character-coverage",
                                           "--spm-sample"))
        if flag in ("--valid-every", "--early-stopping", "--valid-max-sentences", "--valid-metric"):
            args += ["--valid-src", fx.path("valid_src.txt"), "--valid-tgt", fx.path("valid_tgt.txt")]
        if flag in TRAIN_STR:
            value, expect = rng.choice(TRAIN_STR[flag]), "error"
            if flag == "--max-time" and value == "0":
                expect = "either"
        else:
            value, expect = flag_value(rng, TRAIN_SPECS[flag])
            if expect == "either":  # keep valid runs small
                if flag in ("--dim", "--ffn", "--enc-hidden", "--dec-hidden"):
                    value = clamp(value, lambda v: min(int(v), 4) * 2)
                if flag == "--heads":
                    value = rng.choice(["1", "2", "3"])  # 3 does not divide --dim 16: an error
                if flag in ("--enc-layers", "--dec-layers"):
                    value = clamp(value, lambda v: min(int(v), 2))
                if flag == "--batch-tokens":
                    value = clamp(value, lambda v: int(v) * 50)
                if flag in ("--max-updates", "--max-epochs"):  # 0 means no limit: keep it short
                    value = clamp(value, lambda v: max(1, min(int(v), 3)))
        args += [flag, value]
        rnn_only = flag in ("--enc-hidden", "--dec-hidden", "--attention")
        transformer_only = flag in ("--heads", "--ffn")
        if rnn_only or (not transformer_only and flag != "--arch" and rng.random() < 0.3):
            args += ["--arch", "rnn"]
        if rng.random() < 0.15:
            files = {"c.ini": ("%s = %s\n" % (flag[2:], value)).encode("utf-8", "surrogateescape")}
            args = [a for i, a in enumerate(args) if a != flag and (i == 0 or args[i - 1] != flag)]
            args += ["--config", "c.ini"]
            return Case("nmt-train", "config-flag" + flag, args, files, expect=expect, check=check)
        return Case("nmt-train", "flag" + flag, args, expect=expect, check=check)
    if r < 0.93:
        return config_case(rng, "nmt-train",
                           train_args(fx, fx.path("train_src.txt"), fx.path("train_tgt.txt")),
                           ["dim", "threads"])
    args = train_args(fx, fx.path("train_src.txt"), fx.path("train_tgt.txt"))
    if rng.random() < 0.5:
        # Tied embeddings need one vocabulary: with --separate-vocab, an error.
        args = [a for a in args if a not in ("--spm", fx.spm)]
        args += ["--vocab-size", "200", "--tied-embeddings", "--separate-vocab"]
        return Case("nmt-train", "tied-separate", args, expect="error")
    pos = rng.randrange(len(args) + 1)
    return Case("nmt-train", "unknown-flag", args[:pos] + unknown_flag(rng) + args[pos:],
                expect="error")


def gen_bench(rng, fx):
    subs = ["gemm", "train", "translate"]
    tokens = {"gemm": [["--repeat", "0"], ["--repeat", "-3"], ["--repeat", "abc"], ["--shape", "0x1x1"],
                       ["--shape", "1x1"], ["--shape", "axbxc"], ["--shape", "99999999999x1x1"],
                       ["--shape", "-1x2x3"], ["--kernel", "bogus"], ["--kernel", ""], ["--shape"]],
              "train": [["--arch", "bogus"], ["--steps", "0"], ["--steps", "-1"], ["--warmup", "-1"],
                        ["--seed", "abc"], ["--steps", "1e999"], ["--arch"]],
              "translate": [["--beam", "0"], ["--beam", "-1"], ["--sentences", "0"], ["--repeat", "0"],
                            ["--arch", "cnn"], ["--seed", "-x"], ["--beam", "nan"]]}
    r = rng.random()
    if r < 0.15:
        args = rng.choice([[], ["bogus"], ["gemm", "train"], ["--quick"], ["GEMM"], [""], ["\xff"],
                           ["--threads", "-1", "gemm"], ["--threads", "abc", "gemm"],
                           ["--threads", "99999999999", "gemm"], ["--config", "missing.ini", "gemm"]])
        return Case("nmt-bench", "args", args, expect="error")
    if r < 0.25:
        return Case("nmt-bench", "config", ["--config", "bad.ini", "gemm", "--quick"],
                    {"bad.ini": bad_config(rng, ["threads"])}, expect="error")
    sub = rng.choice(subs)
    args = [sub, "--quick"]
    for _ in range(rng.randint(1, 3)):
        args += rng.choice(tokens[sub] + [unknown_flag(rng)])
    if rng.random() < 0.3:
        args = ["--threads", "1"] + args
    return Case("nmt-bench", sub, args, expect="error")


def model_tool_args(rng, tool):
    """Bad command lines for the tools that take model files as arguments."""
    return rng.choice({
        "nmt-info": [[], ["a.nmt", "b.nmt"], ["--json"], ["--bogus", "x"], ["--json", "--json"],
                     ["--threads", "-1", "x.nmt"], ["--config", "missing.ini", "x.nmt"]],
        "nmt-quantize": [[], ["only-in.nmt"], ["in.nmt", "out.nmt", "extra"],
                         ["--precision", "int4", "in.nmt", "out.nmt"],
                         ["--shortlist-per-source", "0", "in.nmt", "out.nmt"], ["--bogus"]],
        "nmt-average": [[], ["-o"], ["-o", "out.nmt"], ["--last", "0", "--model", "x.nmt", "-o", "o"],
                        ["--last", "-2", "-o", "o"], ["--bogus", "-o", "o", "x.nmt"]],
    }[tool])


def gen_model_tool(tool, make_args):
    """Damaged model files (and bad command lines) for a tool that reads models."""
    def gen(rng, fx):
        if rng.random() < 0.15:
            return Case(tool, "args", model_tool_args(rng, tool), expect="error")
        case = model_case(rng, fx, tool, make_args)
        if tool == "nmt-info" and case.kind == "model:checkpoint":
            case.expect = "ok"  # a sound checkpoint is described, exit 0
        return case
    return gen


def info_args(model):
    # nmt-info describes what it can and says what is wrong: a damaged file it
    # can still read gives exit 1 with the description on stdout.
    return [model], None


def quantize_args(model):
    return [model, "out.nmt"], check_model_written("out.nmt")


def average_args(model):
    return ["-o", "out.nmt", model, model], check_model_written("out.nmt")


def with_safety(tool, generate):
    """A share of every tool's cases comes from fuzz_safety.py (locks, "-", exit codes, signals)."""
    def gen(rng, fx):
        if rng.random() < fuzz_safety.SHARE:
            return fuzz_safety.generate(tool, rng, fx, Case, train_args)
        return generate(rng, fx)
    return gen


GENERATORS = {tool: with_safety(tool, gen) for tool, gen in [
    ("nmt-train", gen_train), ("nmt-translate", gen_translate), ("nmt-eval", gen_eval),
    ("nmt-align", gen_align), ("nmt-bench", gen_bench)]}
# Tools without fuzz_safety cases (their file safety is tested in tests/cli).
GENERATORS.update({
    "nmt-info": gen_model_tool("nmt-info", info_args),
    "nmt-quantize": gen_model_tool("nmt-quantize", quantize_args),
    "nmt-average": gen_model_tool("nmt-average", average_args)})


# ---------------------------------------------------------------- fixture

class Fixture:
    """Tiny trained models and small text files shared (read-only) by all cases."""

    def __init__(self, root, bin_dir, source_dir, env):
        self.dir = os.path.join(root, "fixture")
        os.makedirs(self.dir)
        sample = os.path.join(source_dir, "corpora", "sample")

        def head(name, n):
            with open(os.path.join(sample, name), "rb") as f:
                return b"".join(l + b"\n" for l in lines_of(f.read())[:n])

        self.train_src_bytes, self.train_tgt_bytes = head("train.en", 200), head("train.es", 200)
        self.valid_src_bytes, self.valid_tgt_bytes = head("dev.en", 10), head("dev.es", 10)
        self.sample_src = head("test.en", 5)
        self.ref_bytes, self.hyp_bytes = head("test.es", 20), head("test.en", 20)
        self.align_src, self.align_tgt = head("dev.en", 6), head("dev.es", 6)
        gold = []
        for s, t in zip(lines_of(self.align_src), lines_of(self.align_tgt)):
            n = min(len(s.split()), len(t.split()))
            gold.append(" ".join("%d-%d" % (i, i) if i % 2 else "%dp%d" % (i, i)
                                 for i in range(n)).encode())
        self.align_gold = b"".join(g + b"\n" for g in gold)
        for name, data in [("train_src.txt", self.train_src_bytes), ("train_tgt.txt", self.train_tgt_bytes),
                           ("valid_src.txt", self.valid_src_bytes), ("valid_tgt.txt", self.valid_tgt_bytes),
                           ("input.txt", self.sample_src), ("ref.txt", self.ref_bytes),
                           ("hyp.txt", self.hyp_bytes), ("align_src.txt", self.align_src),
                           ("align_tgt.txt", self.align_tgt)]:
            with open(self.path(name), "wb") as f:
                f.write(data)
        train = os.path.join(bin_dir, "nmt-train")
        common = ["--train-src", self.path("train_src.txt"), "--train-tgt", self.path("train_tgt.txt"),
                  "--dim", "16", "--heads", "2", "--enc-layers", "1", "--dec-layers", "1", "--ffn", "32",
                  "--enc-hidden", "16", "--dec-hidden", "16", "--batch-tokens", "400",
                  "--max-updates", "3", "--save-every", "1", "--seed", "1", "--threads", "1"]
        self.model, self.rnn, self.spm = self.path("model.nmt"), self.path("rnn.nmt"), self.path("model.spm")
        subprocess.run([train, "--arch", "transformer", "--model", self.model, "--vocab-size", "200"] + common,
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with open(self.model, "rb") as f:
            self.model_bytes = f.read()
        self.spm_bytes = parse_model(self.model_bytes)[1]
        with open(self.spm, "wb") as f:
            f.write(self.spm_bytes)
        subprocess.run([train, "--arch", "rnn", "--model", self.rnn, "--spm", self.spm] + common,
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with open(self.rnn, "rb") as f:
            self.rnn_bytes = f.read()
        with open(self.model + ".ckpt", "rb") as f:
            self.ckpt_bytes = f.read()
        assert pack_model(*parse_model(self.model_bytes)) == self.model_bytes[24:], "payload layout"

    def path(self, name):
        return os.path.join(self.dir, name)

    @property
    def dead_pid(self):
        """A pid no process has now: for temporaries and lock files of killed runs."""
        if not hasattr(self, "_dead_pid"):
            proc = subprocess.Popen(["true"])
            proc.wait()
            self._dead_pid = proc.pid
        return self._dead_pid


# ----------------------------------------------------------------- running

def case_rng(seed, tool, index):
    return random.Random("%d:%s:%d" % (seed, tool, index))


# Case kinds about the command line itself: their errors may be usage errors (exit 2).
USAGE_KINDS = ("config", "flag", "unknown-flag", "tied-separate", "args")


def is_usage_case(case):
    return case.tool == "nmt-bench" or case.kind.startswith(USAGE_KINDS)


def judge(case, rc, out, err, case_dir):
    """None if the tool ended as the case allows, else what went wrong."""
    problem = judge_exit(case, rc, out, err, case_dir)
    if problem is None and case.after:
        problem = case.after(rc, case_dir)
    return problem


def judge_exit(case, rc, out, err, case_dir):
    if case.send_signal and rc in (-case.send_signal[0], 128 + case.send_signal[0]):
        return None  # died of the signal it was sent, or (nmt-train) saved and exited 128 + N
    if rc == 2 and not is_usage_case(case):
        return "exit 2 (a usage error) for bad data, want 1: %s" % err[-300:].decode("utf-8", "replace")
    if rc == 2:
        rc = 1  # judged as an error from here on
    if rc < 0:
        return "killed by signal %s" % signal.Signals(-rc).name
    for mark in SANITIZER_MARKS:
        if mark in err:
            line = next((l for l in err.split(b"\n") if mark in l), b"")
            return "report on stderr: %s" % line[:300].decode("utf-8", "replace")
    if rc not in (0, 1):
        return "exit %d (stderr: %s)" % (rc, err[-300:].decode("utf-8", "replace"))
    lines = [l for l in err.split(b"\n") if l.strip()]
    name = case.tool.encode() + b":"
    if rc == 0:
        if case.expect in ("error", "bad-lines"):
            return "exit 0, want 1 (a bad input was accepted)"
        return case.check(out, case_dir) if case.check else None
    if case.expect == "ok":
        return "exit 1, want 0: %s" % (lines[-1][:300].decode("utf-8", "replace") if lines else "")
    if not lines:
        return "exit 1 with nothing on stderr"
    longest = max(len(l) for l in lines)
    if longest > MAX_MESSAGE_BYTES:
        return "a stderr line of %d bytes (starts %r)" % (longest, lines[-1][:120])
    if case.expect == "bad-lines":
        # nmt-translate reports each unreadable line and carries on: all its
        # stderr lines are its own, and the output keeps one line per input line.
        if not all(l.startswith(name) for l in lines):
            return "stderr line not from the tool: %r" % next(l for l in lines if not l.startswith(name))[:200]
        return case.check(out, case_dir) if case.check else None
    if out and case.tool != "nmt-info":  # nmt-info describes a damaged file, then exits 1
        return "exit 1 but printed %d bytes to stdout" % len(out)
    if case.tool == "nmt-train":
        # Progress lines may come first; the error is the last line and the only one of its kind.
        own = [l for l in lines if l.startswith(name)]
        if len(own) != 1 or not lines[-1].startswith(name):
            return "want one 'nmt-train:' error line, last; stderr ends: %r" % err[-300:]
        if case.expect_text and case.expect_text not in lines[-1]:
            return "error line lacks %r: %r" % (case.expect_text, lines[-1][:300])
        return None
    if len(lines) != 1:
        return "%d lines on stderr, want 1: %r" % (len(lines), err[:300])
    if not lines[0].startswith(name):
        return "error line does not name the tool: %r" % lines[0][:200]
    if case.expect_text and case.expect_text not in lines[0]:
        return "error line lacks %r: %r" % (case.expect_text, lines[0][:300])
    return None


def is_sanitized(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def run_case(tool, index, opts, fx, env, sanitized):
    try:
        return run_one(tool, index, opts, fx, env, sanitized)
    except Exception as e:  # a bug in this script must not stop the run
        return {"tool": tool, "index": index, "kind": "harness", "rc": None, "seconds": 0,
                "problem": "harness error: %r" % e, "stderr": "", "command": ""}


def run_one(tool, index, opts, fx, env, sanitized):
    case = GENERATORS[tool](case_rng(opts.seed, tool, index), fx)
    case_dir = os.path.join(opts.work_dir, "%s-%d" % (tool, index))
    os.makedirs(case_dir)
    for name, data in case.files.items():
        if data is None:
            os.makedirs(os.path.join(case_dir, name))
        else:
            with open(os.path.join(case_dir, name), "wb") as f:
                f.write(data)
    argv = [os.path.join(opts.bin_dir, tool)] + case.args
    limit = opts.mem_limit_mb * 1024 * 1024

    def limit_memory():
        if limit and not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    timeout = case.timeout or opts.timeout
    if "long" in case.kind:
        timeout = max(timeout, LONG_LINE_TIMEOUT)
    lock = None
    if case.hold_lock:  # another "trainer" holds the model's lock, with our pid in it
        lock = open(os.path.join(case_dir, case.hold_lock), "w")
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write("%d\n" % os.getpid())
        lock.flush()
    stdout = open(case.stdout_path, "wb") if case.stdout_path else subprocess.PIPE
    start = time.monotonic()
    proc = subprocess.Popen(argv, cwd=case_dir, env=env, stdin=subprocess.PIPE,
                            stdout=stdout, stderr=subprocess.PIPE,
                            preexec_fn=limit_memory, start_new_session=True)
    try:
        if case.send_signal:
            try:
                out, err = proc.communicate(case.stdin, timeout=case.send_signal[1])
            except subprocess.TimeoutExpired:
                proc.send_signal(case.send_signal[0])
                out, err = proc.communicate(timeout=timeout)
        else:
            out, err = proc.communicate(case.stdin, timeout=timeout)
        problem = judge(case, proc.returncode, out or b"", err, case_dir)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        problem = "timeout after %g s (a hang?)" % timeout
    finally:
        if lock:
            lock.close()
        if case.stdout_path:
            stdout.close()
    seconds = time.monotonic() - start
    result = {"tool": tool, "index": index, "kind": case.kind, "rc": proc.returncode,
              "problem": problem, "seconds": seconds,
              "stderr": err[-400:].decode("utf-8", "replace"), "command": " ".join(case.args)}
    if problem:
        keep = os.path.join(opts.keep_dir, "%s-%d" % (tool, index))
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(case_dir, keep, symlinks=True)
        with open(os.path.join(keep, "stdin.bin"), "wb") as f:
            f.write(case.stdin)
        kept_fixture = os.path.join(opts.keep_dir, "fixture")
        if not os.path.exists(kept_fixture):
            shutil.copytree(fx.dir, kept_fixture)
        result["repro"] = "cd %s && %s < stdin.bin" % (
            keep, " ".join(_quote(a.replace(fx.dir, kept_fixture)) for a in argv))
        with open(os.path.join(keep, "repro.sh"), "w") as f:
            f.write("# %s\n%s\n" % (problem, result["repro"]))
    shutil.rmtree(case_dir, ignore_errors=True)
    return result


def _quote(arg):
    import shlex
    return shlex.quote(arg)


def known_reason(result):
    for (tool, prefix, text), reason in KNOWN_FAILURES.items():
        if (result["tool"] == tool and result["kind"].startswith(prefix)
                and text in result["command"].lower()):
            return reason
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(here, "..", "build"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=1000, help="cases per tool")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated")
    parser.add_argument("--only", default="", help="TOOL:INDEX[,TOOL:INDEX]: rerun single cases")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per case")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--mem-limit-mb", type=int, default=4096,
                        help="address-space limit per tool process (0 = none; off under ASan)")
    parser.add_argument("--keep-dir", default="", help="where failing cases are kept")
    parser.add_argument("--long-line-bytes", type=int, default=LONG_LINE_BYTES[0],
                        help="length of the extremely long lines (10 MB)")
    parser.add_argument("--verbose", action="store_true", help="print every case")
    opts = parser.parse_args()
    LONG_LINE_BYTES[0] = opts.long_line_bytes
    opts.bin_dir = os.path.join(os.path.abspath(opts.build_dir), "bin")
    for tool in set(opts.tools.split(",") + ["nmt-train"]) - {""}:
        if not os.access(os.path.join(opts.bin_dir, tool), os.X_OK):
            sys.exit("fuzz_tools.py: %s/%s not built (make build)" % (opts.bin_dir, tool))
    root = tempfile.mkdtemp(prefix="nmt-fuzz-")
    opts.work_dir = os.path.join(root, "cases")
    opts.keep_dir = os.path.abspath(opts.keep_dir or os.path.join(tempfile.gettempdir(),
                                                                   "nmt-fuzz-failures"))
    os.makedirs(opts.work_dir)
    env = dict(os.environ, OMP_NUM_THREADS="1", OMP_WAIT_POLICY="passive")
    sanitized = is_sanitized(os.path.join(opts.bin_dir, "nmt-eval"))
    if sanitized:  # a report must not look like a user error (exit 1); huge requests throw bad_alloc
        env.setdefault("ASAN_OPTIONS", "exitcode=86:halt_on_error=1:allocator_may_return_null=1")
        env.setdefault("UBSAN_OPTIONS", "exitcode=86:halt_on_error=1:print_stacktrace=1")
    start = time.monotonic()
    try:
        fx = Fixture(root, opts.bin_dir, os.path.join(here, ".."), env)
    except subprocess.CalledProcessError as e:
        sys.exit("fuzz_tools.py: training the fixture model failed: %s" % e.stderr.decode()[-500:])
    if opts.only:
        jobs = [(t, int(i)) for t, i in (x.rsplit(":", 1) for x in opts.only.split(","))]
    else:
        tools = [t for t in opts.tools.split(",") if t]
        jobs = [(t, i) for i in range(opts.count) for t in tools]
    print("fuzzing %d cases (seed %d, %d jobs%s); fixture ready in %.1f s" %
          (len(jobs), opts.seed, opts.jobs, ", sanitizers" if sanitized else "",
           time.monotonic() - start), flush=True)
    results = []
    try:
        with concurrent.futures.ThreadPoolExecutor(opts.jobs) as pool:
            futures = [pool.submit(run_case, t, i, opts, fx, env, sanitized) for t, i in jobs]
            for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
                r = future.result()
                results.append(r)
                if opts.verbose or r["problem"]:
                    print("%-13s %5d %-28s exit %-4s %5.1fs %s" % (
                        r["tool"], r["index"], r["kind"][:28], r["rc"], r["seconds"],
                        r["problem"] or ""), flush=True)
                elif done % 500 == 0:
                    print("  %d/%d cases done" % (done, len(jobs)), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return report(results, opts, time.monotonic() - start)


def report(results, opts, seconds):
    print("\n%-14s %6s %6s %6s %6s %6s %8s" % ("tool", "cases", "exit0", "exit1", "fail", "known",
                                               "max s"))
    failures, known = [], []
    for tool in TOOLS:
        rs = [r for r in results if r["tool"] == tool]
        if not rs:
            continue
        bad = [r for r in rs if r["problem"] and not known_reason(r)]
        kn = [r for r in rs if r["problem"] and known_reason(r)]
        failures += bad
        known += kn
        print("%-14s %6d %6d %6d %6d %6d %8.1f" % (
            tool, len(rs), sum(r["rc"] == 0 for r in rs), sum(r["rc"] == 1 for r in rs), len(bad),
            len(kn), max(r["seconds"] for r in rs)))
    print("total: %d cases in %.0f s, %d failures, %d known" % (len(results), seconds,
                                                                len(failures), len(known)))
    for r in sorted(known, key=lambda r: (r["tool"], r["index"])):
        print("known %s:%d %s: %s (%s)" % (r["tool"], r["index"], r["kind"], r["problem"],
                                          known_reason(r)))
    for r in sorted(failures, key=lambda r: (r["tool"], r["index"])):
        print("\nFAIL %s:%d [%s] %s\n  rerun: %s --build-dir %s --seed %d --only %s:%d\n  repro: %s" % (
            r["tool"], r["index"], r["kind"], r["problem"], sys.argv[0], opts.build_dir, opts.seed,
            r["tool"], r["index"], r.get("repro", "")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
