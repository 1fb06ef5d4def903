#include "align/align_outputs.h"

#include <algorithm>
#include <cstdio>

namespace nmt {
namespace {

viz::PieceAxis src_axis(const PairAttention& p) {
  return viz::PieceAxis{p.src_pieces, 0, 1};
}
viz::PieceAxis tgt_rows_axis(const PairAttention& p) {
  return viz::PieceAxis{p.tgt_pieces, 0, 1};
}
viz::PieceAxis dec_axis(const PairAttention& p) {
  return viz::PieceAxis{p.tgt_pieces, 1, 0};
}

// Four significant digits: enough to read a picture, a quarter of the bytes.
std::string number(float value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", static_cast<double>(value));
  return text;
}

std::string json_words(const std::vector<std::string>& words) {
  std::string out = "[";
  for (size_t i = 0; i < words.size(); ++i) out += (i ? "," : "") + viz::json_string(words[i]);
  return out + "]";
}

std::string json_matrix(const viz::Matrix& m) {
  std::string out = "[";
  for (int r = 0; r < m.rows; ++r) {
    out += r ? ",[" : "[";
    for (int c = 0; c < m.cols; ++c) out += (c ? "," : "") + number(m.at(r, c));
    out += "]";
  }
  return out + "]";
}

std::string json_layers(const LayerHeads& layers) {
  std::string out = "[";
  for (size_t l = 0; l < layers.size(); ++l) {
    out += l ? ",[" : "[";
    for (size_t h = 0; h < layers[l].size(); ++h) out += (h ? "," : "") + json_matrix(layers[l][h]);
    out += "]";
  }
  return out + "]";
}

// Gold possible links that are not sure: the pictures draw sure ones solid.
viz::WordLinks possible_only(const eval::GoldAlignment& gold) {
  viz::WordLinks out;
  for (const auto& link : gold.possible)
    if (!std::binary_search(gold.sure.begin(), gold.sure.end(), link)) out.push_back(link);
  return out;
}

void add_kind(viz::HeadStatsTable& table, const std::string& kind, const LayerHeads& layers,
              const viz::PieceAxis& cols) {
  for (size_t l = 0; l < layers.size(); ++l) {
    const int layer = static_cast<int>(l);
    for (size_t h = 0; h < layers[l].size(); ++h)
      table.add(viz::HeadKey{kind, layer, static_cast<int>(h)},
                viz::head_sentence_stats(layers[l][h], cols));
    if (layers[l].size() > 1)
      table.add(viz::HeadKey{kind, layer, -1},
                viz::head_sentence_stats(viz::average(layers[l]), cols));
  }
}

}  // namespace

LayerHeads cross_words(const PairAttention& pair) {
  return viz::merge_layers(pair.cross, tgt_rows_axis(pair), src_axis(pair));
}
LayerHeads enc_self_words(const PairAttention& pair) {
  return viz::merge_layers(pair.enc_self, src_axis(pair), src_axis(pair));
}
LayerHeads dec_self_words(const PairAttention& pair) {
  return viz::merge_layers(pair.dec_self, dec_axis(pair), dec_axis(pair));
}

std::string soft_json_line(size_t sentence, const PairAttention& pair,
                           const eval::Alignment& links) {
  std::string out = "{\"sentence\":" + std::to_string(sentence);
  out += ",\"src\":" + json_words(viz::words_of_pieces(pair.src_pieces));
  out += ",\"tgt\":" + json_words(viz::words_of_pieces(pair.tgt_pieces));
  out += ",\"links\":[";
  for (size_t i = 0; i < links.size(); ++i)
    out += (i ? ",[" : "[") + std::to_string(links[i].first) + "," +
           std::to_string(links[i].second) + "]";
  out += "]";
  if (!pair.cross.empty()) out += ",\"cross\":" + json_layers(cross_words(pair));
  if (!pair.enc_self.empty()) out += ",\"enc_self\":" + json_layers(enc_self_words(pair));
  if (!pair.dec_self.empty()) out += ",\"dec_self\":" + json_layers(dec_self_words(pair));
  return out + "}";
}

viz::Heatmap sentence_heatmap(const PairAttention& pair, const HeadChoice& choice,
                              const viz::AlignSpec& spec, const eval::Alignment& links,
                              const eval::GoldAlignment* gold, const std::string& title) {
  viz::Heatmap map;
  map.title = title;
  map.src_words = viz::words_of_pieces(pair.src_pieces);
  map.tgt_words = viz::words_of_pieces(pair.tgt_pieces);
  map.weights = viz::cross_to_words(head_matrix(pair.cross, choice), pair.src_pieces,
                                    pair.tgt_pieces, spec.method == viz::AlignMethod::shift);
  map.links = links;
  if (gold) {
    map.gold_sure = gold->sure;
    map.gold_possible = possible_only(*gold);
  }
  return map;
}

viz::SentenceAttention sentence_attention(const PairAttention& pair, const eval::Alignment& links,
                                          const eval::GoldAlignment* gold) {
  viz::SentenceAttention s;
  s.src_words = viz::words_of_pieces(pair.src_pieces);
  s.tgt_words = viz::words_of_pieces(pair.tgt_pieces);
  s.cross = cross_words(pair);
  s.enc_self = enc_self_words(pair);
  s.dec_self = dec_self_words(pair);
  s.links = links;
  if (gold) {
    s.has_gold = true;
    s.gold_sure = gold->sure;
    s.gold_possible = possible_only(*gold);
  }
  return s;
}

void add_head_stats(viz::HeadStatsTable& table, const PairAttention& pair) {
  add_kind(table, "cross", pair.cross, src_axis(pair));
  add_kind(table, "enc_self", pair.enc_self, src_axis(pair));
  add_kind(table, "dec_self", pair.dec_self, dec_axis(pair));
}

std::string soft_alignment_text(const viz::Matrix& words) {
  std::string out;
  for (int r = 0; r < words.rows; ++r) {
    if (r) out += ' ';
    for (int c = 0; c < words.cols; ++c) out += (c ? "," : "") + number(words.at(r, c));
  }
  return out;
}

}  // namespace nmt
