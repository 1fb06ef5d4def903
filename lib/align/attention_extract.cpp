#include "align/attention_extract.h"

#include <algorithm>
#include <numeric>

#include "autograd/var.h"
#include "base/error.h"
#include "decode/line_translator.h"

namespace nmt {
namespace {

// Sentence b of a [B, H, R, C] map, cut to its true size: one matrix per head.
std::vector<viz::Matrix> heads_of(const Tensor& map, int64_t b, int rows, int cols) {
  NMT_CHECK(map.rank() == 4 && map.dim(2) >= rows && map.dim(3) >= cols,
            "attention map of unexpected shape for a ", rows, "x", cols, " sentence");
  const int64_t heads = map.dim(1), map_rows = map.dim(2), map_cols = map.dim(3);
  std::vector<viz::Matrix> out;
  for (int64_t h = 0; h < heads; ++h) {
    viz::Matrix m(rows, cols);
    const float* base = map.data() + ((b * heads + h) * map_rows) * map_cols;
    for (int r = 0; r < rows; ++r)
      std::copy(base + r * map_cols, base + r * map_cols + cols, m.values.begin() + r * cols);
    out.push_back(std::move(m));
  }
  return out;
}

LayerHeads layers_of(const std::vector<Tensor>& maps, int64_t b, int rows, int cols) {
  LayerHeads out;
  for (const Tensor& map : maps) out.push_back(heads_of(map, b, rows, cols));
  return out;
}

// One teacher-forced pass per batch over pairs whose ids are set; fills the
// cross-attention if `cross`, the self-attention if options.self_attention.
void fill_forced(Translator& model, std::vector<PairAttention>& pairs,
                 const ExtractOptions& options, bool cross) {
  NMT_CHECK(options.batch_size >= 1, "batch size must be at least 1, got ", options.batch_size);
  std::vector<size_t> order(pairs.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return pairs[a].src_ids.size() + pairs[a].tgt_ids.size() <
           pairs[b].src_ids.size() + pairs[b].tgt_ids.size();
  });
  NoGradGuard no_grad;
  for (size_t begin = 0; begin < order.size(); begin += options.batch_size) {
    const size_t end = std::min(order.size(), begin + options.batch_size);
    IdRows src_rows, tgt_rows;
    for (size_t i = begin; i < end; ++i) {
      src_rows.push_back(pairs[order[i]].src_ids);
      tgt_rows.push_back(pairs[order[i]].tgt_ids);
    }
    AttentionMaps maps;
    const Batch batch = make_batch(src_rows, tgt_rows);  // laid out as in training
    model.forward(batch.src, batch.tgt_in, &maps);
    for (size_t i = begin; i < end; ++i) {
      PairAttention& p = pairs[order[i]];
      const int64_t b = static_cast<int64_t>(i - begin);
      const int s = static_cast<int>(p.src_ids.size()) + 1;
      const int t = static_cast<int>(p.tgt_ids.size()) + 1;
      if (cross) p.cross = layers_of(maps.cross, b, t, s);
      if (options.self_attention) {
        p.enc_self = layers_of(maps.encoder_self, b, s, s);
        p.dec_self = layers_of(maps.decoder_self, b, t, t);
      }
    }
  }
}

}  // namespace

bool has_attention(const ModelConfig& config) {
  return config.arch == Arch::Transformer || config.attention != AttentionType::None;
}

void require_attention(const ModelConfig& config, const std::string& model_name) {
  NMT_CHECK(has_attention(config), model_name,
            " has no attention (trained with --attention none): nothing to align");
}

AttentionShape attention_shape(const ModelConfig& config) {
  AttentionShape shape;
  if (config.arch == Arch::Transformer) {
    shape.cross_layers = static_cast<int>(config.dec_layers);
    shape.heads = static_cast<int>(config.heads);
    shape.enc_layers = static_cast<int>(config.enc_layers);
    shape.dec_layers = static_cast<int>(config.dec_layers);
  } else if (config.attention != AttentionType::None) {
    shape.cross_layers = 1;
    shape.heads = 1;
  }
  return shape;
}

std::vector<std::string> pieces_of(const SentencePieceModel& model, const std::vector<int>& ids) {
  std::vector<std::string> pieces;
  pieces.reserve(ids.size());
  for (int id : ids) pieces.push_back(model.id_to_piece(id));
  return pieces;
}

std::vector<PairAttention> forced_attention(Translator& model, const SubwordModels& pieces,
                                            const std::vector<std::string>& src,
                                            const std::vector<std::string>& tgt,
                                            const ExtractOptions& options) {
  NMT_CHECK(src.size() == tgt.size(), "forced alignment: ", src.size(), " source lines but ",
            tgt.size(), " target lines");
  std::vector<PairAttention> pairs(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    PairAttention& p = pairs[i];
    p.src_ids = pieces.src->encode(src[i]);
    p.tgt_ids = pieces.tgt->encode(tgt[i]);
    p.src_pieces = pieces_of(*pieces.src, p.src_ids);
    p.tgt_pieces = pieces_of(*pieces.tgt, p.tgt_ids);
  }
  attend_pairs(model, pairs, options);
  return pairs;
}

void attend_pairs(Translator& model, std::vector<PairAttention>& pairs,
                  const ExtractOptions& options) {
  fill_forced(model, pairs, options, true);
}

LayerHeads hypothesis_cross(const Hypothesis& hypothesis, int source_pieces) {
  const int cols = source_pieces + 1;
  const int rows = static_cast<int>(hypothesis.tokens.size()) + 1;
  const int steps = static_cast<int>(hypothesis.attention.size());
  NMT_CHECK(steps == rows || steps == rows - 1, "hypothesis has ", steps, " attention steps for ",
            hypothesis.tokens.size(), " tokens");
  LayerHeads out;
  if (steps == 0) return out;
  const size_t layers = hypothesis.attention[0].size();
  for (size_t l = 0; l < layers; ++l) {
    const size_t weights = hypothesis.attention[0][l].size();
    NMT_CHECK(weights % cols == 0, "attention of ", weights, " weights for ", cols,
              " source positions");
    const int heads = static_cast<int>(weights / cols);
    std::vector<viz::Matrix> layer(heads, viz::Matrix(rows, cols));
    for (int step = 0; step < steps; ++step) {
      const std::vector<float>& w = hypothesis.attention[step][l];
      for (int h = 0; h < heads; ++h)
        std::copy(w.begin() + h * cols, w.begin() + (h + 1) * cols,
                  layer[h].values.begin() + step * cols);
    }
    out.push_back(std::move(layer));
  }
  return out;
}

std::vector<PairAttention> search_attention(Translator& model, const SubwordModels& pieces,
                                            const std::vector<std::string>& src,
                                            const SearchConfig& search,
                                            const ExtractOptions& options) {
  TranslateOptions translate;
  translate.search = search;
  translate.search.n_best = 1;
  translate.search.keep_attention = has_attention(model.config());
  translate.batch_size = options.batch_size;
  translate.max_input_tokens = 1 << 30;  // align whole sentences
  LineTranslator translator(model, *pieces.src, *pieces.tgt, translate);
  std::vector<LineTranslation> found = translator.translate(src);
  std::vector<PairAttention> pairs(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    PairAttention& p = pairs[i];
    p.src_ids = found[i].source_ids;
    p.src_pieces = pieces_of(*pieces.src, p.src_ids);
    if (found[i].hypotheses.empty()) {  // an empty line: only the </s> step, attending nowhere
      const AttentionShape shape = attention_shape(model.config());
      const int cols = static_cast<int>(p.src_ids.size()) + 1;
      p.cross.assign(shape.cross_layers,
                     std::vector<viz::Matrix>(shape.heads, viz::Matrix(1, cols)));
      continue;
    }
    const Hypothesis& best = found[i].hypotheses[0];
    p.tgt_ids.assign(best.tokens.begin(), best.tokens.end());
    p.tgt_pieces = pieces_of(*pieces.tgt, p.tgt_ids);
    p.cross = hypothesis_cross(best, static_cast<int>(p.src_ids.size()));
  }
  if (options.self_attention) fill_forced(model, pairs, options, false);
  return pairs;
}

}  // namespace nmt
