"""Reads nmt model and checkpoint files (docs/FORMATS.md) without nmt.

  model_file(path)      -> (config dict, {name: (dims, values)})   float32 models
  checkpoint_file(path) -> (counters dict, {name: (dims, values)})

Used by compare_models.py and replay_rnn_torch.py. Checks the magic only:
nmt itself checks lengths and checksums."""
import struct
import sys


class Reader:
    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, n):
        chunk = self.data[self.at:self.at + n]
        if len(chunk) != n:
            raise ValueError("truncated payload")
        self.at += n
        return chunk

    def u32(self):
        return struct.unpack("<I", self.take(4))[0]

    def u64(self):
        return struct.unpack("<Q", self.take(8))[0]

    def i64(self):
        return struct.unpack("<q", self.take(8))[0]

    def string(self):
        return self.take(self.u64())

    def string_map(self):
        return dict((self.string(), self.string()) for _ in range(self.u64()))

    def number_map(self, read):
        return dict((self.string().decode(), read()) for _ in range(self.u64()))

    def tensor(self):
        name = self.string().decode()
        dims = [self.i64() for _ in range(self.u32())]
        count = self.u64()
        return name, dims, struct.unpack("<%df" % count, self.take(4 * count))

    def tensors(self):
        return {name: (dims, values) for name, dims, values in
                (self.tensor() for _ in range(self.u64()))}


def payload(path, magic):
    data = open(path, "rb").read()
    if data[:8] != magic:
        sys.exit("%s: not an nmt %s file" % (path, "model" if magic == b"NMTMODEL" else
                                              "checkpoint"))
    return Reader(data[24:])


def config_dict(text):
    pairs = (line.split("=", 1) for line in text.decode().splitlines() if "=" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def model_file(path):
    r = payload(path, b"NMTMODEL")
    config = config_dict(r.string())
    r.string(), r.string(), r.string_map()
    return config, r.tensors()


def checkpoint_file(path):
    r = payload(path, b"NMTCHKPT")
    r.string()
    counters = r.number_map(r.i64)
    r.number_map(r.u64)
    [r.i64() for _ in range(r.u64())]
    return counters, r.tensors()


def parameters(path):
    return model_file(path)[1]
