"""Which BLAS PyTorch really calls, and how to make it OpenBLAS.

Debian's libtorch_cpu.so links libblas.so.3, which the alternatives system
points at either the reference BLAS (/usr/lib/<arch>/blas/, about 15x slower
for sgemm) or OpenBLAS (/usr/lib/<arch>/openblas-pthread/). What the process
really loaded is read from /proc/self/maps after `import torch`.

ensure_openblas() re-executes the current script with LD_LIBRARY_PATH
pointing at the OpenBLAS directory when the reference BLAS got loaded; the
thread count (OPENBLAS_NUM_THREADS) must be in the environment before the
library loads, so the benchmark workers get it from their parent.
Not here: the benchmarks (bench.py), thread choice (compare_torch.py).
"""

import ctypes
import glob
import os
import sys

REEXEC_GUARD = "NMT_TORCH_REF_REEXEC"


def loaded_libraries(pattern):
    """Real paths of mapped shared objects whose name contains `pattern`."""
    paths = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and pattern in os.path.basename(fields[5]):
                paths.add(os.path.realpath(fields[5]))
    return sorted(paths)


def loaded_blas():
    """The real path of the libblas.so.3 this process mapped, or None."""
    libs = loaded_libraries("libblas.so")
    return libs[0] if libs else None


def is_reference_blas(path):
    return path is not None and os.path.basename(os.path.dirname(path)) == "blas"


def openblas_directories():
    """OpenBLAS directories that provide a libblas.so.3, best first."""
    found = []
    for libdir in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"):
        for flavour in ("openblas-pthread", "openblas-openmp", "openblas-serial"):
            candidate = os.path.join(libdir, flavour)
            if os.path.exists(os.path.join(candidate, "libblas.so.3")):
                found.append(candidate)
    found += [os.path.dirname(p) for p in glob.glob("/usr/lib/*/openblas*/libblas.so.3")
              if os.path.dirname(p) not in found]
    return found


def ensure_openblas():
    """Re-exec this script under OpenBLAS if torch mapped the reference BLAS.

    Call after `import torch`. Returns normally when OpenBLAS (or something
    other than the reference BLAS) is loaded; exits with a message when no
    OpenBLAS directory exists or the re-exec did not help.
    """
    blas = loaded_blas()
    if not is_reference_blas(blas):
        return
    if os.environ.get(REEXEC_GUARD):
        sys.exit(f"torch still loads the reference BLAS ({blas}) with "
                 f"LD_LIBRARY_PATH={os.environ.get('LD_LIBRARY_PATH', '')}")
    dirs = openblas_directories()
    if not dirs:
        sys.exit(f"torch loads the reference BLAS ({blas}) and no OpenBLAS directory was "
                 "found: install libopenblas0-pthread")
    env = dict(os.environ)
    old = env.get("LD_LIBRARY_PATH")
    env["LD_LIBRARY_PATH"] = dirs[0] + (":" + old if old else "")
    env[REEXEC_GUARD] = "1"
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


def _openblas_handle():
    for lib in loaded_libraries("libopenblas"):
        try:
            return ctypes.CDLL(lib)
        except OSError:
            pass
    return None


def blas_report():
    """What a benchmark line records about the BLAS it ran on."""
    blas = loaded_blas()
    report = {
        "blas": blas or "none",
        "blas_kind": "reference" if is_reference_blas(blas) else "openblas"
        if blas and "openblas" in blas else "other",
        "openblas_coretype_env": os.environ.get("OPENBLAS_CORETYPE", ""),
        "ld_library_path": os.environ.get("LD_LIBRARY_PATH", ""),
        "reexec": bool(os.environ.get(REEXEC_GUARD)),
    }
    handle = _openblas_handle()
    if handle is not None:
        for name in ("openblas_get_corename", "openblas_get_config"):
            fn = getattr(handle, name, None)
            if fn is not None:
                fn.restype = ctypes.c_char_p
                report[name.replace("openblas_get_", "openblas_")] = fn().decode()
        get_threads = getattr(handle, "openblas_get_num_threads", None)
        if get_threads is not None:
            get_threads.restype = ctypes.c_int
            report["openblas_threads_effective"] = get_threads()
    return report
