// The encoded corpus cache: the training pairs as token ids in one binary file
// that every start (and every rank on a machine) memory-maps instead of
// reading and encoding the text again. Written once, atomically
// (io/atomic_file.h), by the first start; the page cache then holds it once
// however many ranks map it.
//
// The file is keyed by what makes its ids: a digest (size and CRC-32) of both
// training text files, the options that filter or cut pairs (--max-line-bytes,
// --max-tokens, --strict) and the SentencePiece model(s), stored in the file
// with how they were trained (a cache made with trained models serves a later
// start with the same training options; a given model (--spm, a checkpoint's)
// must be byte-identical to the stored one).
//
// Layout (little-endian here, native byte order; the header names it):
//   header   72 bytes: magic "NMT-CORP", version, byte-order mark, pairs,
//            src and tgt token counts, pairs skipped over --max-tokens, size
//            of the metadata, size of the file, CRC-32 of everything after the
//            header, CRC-32 of the header
//   metadata five length-prefixed strings (key, SentencePiece training, the
//            reader's report, source and target SentencePiece models), padded
//            to 8 bytes
//   arrays   src offsets [pairs + 1] u64, tgt offsets [pairs + 1] u64, line
//            numbers [pairs] u64, src ids, tgt ids (i32): EncodedArrays as they
//            are, so EncodedCorpus is a view of the mapping.
//
// Opening checks everything before the corpus is used: a file that is not a
// cache (another magic) is an error (it is not ours to replace); a stale key,
// another format version, a truncated or damaged file (size, CRCs, offsets,
// ids outside the vocabulary) is reported as such and the caller rebuilds it.
// Not here: when to build, which rank builds (training_data.h, rank_setup.h).
#pragma once

#include <cstdint>
#include <string>

#include "data/encoded_corpus.h"
#include "data/sentencepiece_model.h"

namespace nmt {

struct CorpusCacheKey {
  std::string inputs;        // "key = value" lines: file digests and options
  std::string spm_training;  // how the SentencePiece models were trained; "" if given
};

// One line per text file ("src = 236271296 bytes, crc32 9c1e2f03") and per
// option; reads both files in full. Throws nmt::Error naming a file it cannot read.
std::string corpus_inputs_digest(const std::string& src_path, const std::string& tgt_path,
                                 const std::string& options);

// CRC-32 of the offsets and ids: equal on two ranks that hold the same pairs.
// Pages of a mapped corpus are released as they are read.
uint32_t corpus_digest(const EncodedCorpus& corpus);

struct CachedCorpus {
  EncodedCorpus corpus;  // a view of the mapping, which it keeps alive
  SubwordModels pieces;
  std::string report;  // the corpus reader's summary when the file was written
  size_t file_bytes = 0;
};

enum class CacheState { Missing, Usable, Stale, Damaged };

struct CacheLookup {
  CacheState state = CacheState::Missing;
  std::string reason;   // why not usable: "the corpus files or options changed (src ...)"
  CachedCorpus cached;  // when Usable
};

// Opens and checks PATH against the key and, when given is not null, the
// tokenizers the caller already has. Throws nmt::Error (one line) for a file
// that is not a corpus cache, or that cannot be read.
CacheLookup open_corpus_cache(const std::string& path, const CorpusCacheKey& key,
                              const SubwordModels* given);

// Writes the cache atomically; returns its size in bytes.
size_t write_corpus_cache(const std::string& path, const CorpusCacheKey& key,
                          const SubwordModels& pieces, const std::string& report,
                          const EncodedCorpus& corpus);

}  // namespace nmt
