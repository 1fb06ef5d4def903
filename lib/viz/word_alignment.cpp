#include "viz/word_alignment.h"

#include <algorithm>
#include <cstdlib>

#include "base/error.h"

namespace nmt::viz {
namespace {

const std::string kWordStart = "\xE2\x96\x81";  // U+2581, SentencePiece's space

bool starts_word(const std::string& piece) {
  return piece.compare(0, 3, kWordStart) == 0;
}

int word_count(const std::vector<int>& index) {
  return index.empty() ? 0 : index.back() + 1;
}

void check_axis(int size, const PieceAxis& axis, const char* what) {
  int want = axis.leading + static_cast<int>(axis.pieces.size()) + axis.trailing;
  NMT_CHECK(size == want, "attention matrix has ", size, " ", what, " but the ", axis.pieces.size(),
            " pieces with ", axis.leading, " leading and ", axis.trailing,
            " trailing special positions need ", want);
}

// The piece-level matrix without special positions, rows shifted for shift-att.
Matrix real_piece_block(const Matrix& cross, int src_pieces, int tgt_pieces, bool shift) {
  NMT_CHECK(cross.cols == src_pieces || cross.cols == src_pieces + 1, "cross-attention has ",
            cross.cols, " columns for ", src_pieces, " source pieces (want S or S + 1)");
  NMT_CHECK(cross.rows == tgt_pieces || cross.rows == tgt_pieces + 1, "cross-attention has ",
            cross.rows, " rows for ", tgt_pieces, " target pieces (want T or T + 1)");
  Matrix rows = shift ? shift_rows(cross, tgt_pieces) : cross;
  Matrix block(tgt_pieces, src_pieces);
  for (int t = 0; t < tgt_pieces; ++t)
    for (int s = 0; s < src_pieces; ++s) block.at(t, s) = rows.at(t, s);
  return block;
}

}  // namespace

std::vector<int> piece_word_index(const std::vector<std::string>& pieces) {
  std::vector<int> index;
  int word = -1;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i == 0 || starts_word(pieces[i])) ++word;
    index.push_back(word);
  }
  return index;
}

std::vector<std::string> words_of_pieces(const std::vector<std::string>& pieces) {
  std::vector<std::string> words;
  std::vector<int> index = piece_word_index(pieces);
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (static_cast<int>(words.size()) <= index[i]) words.emplace_back();
    words.back() += starts_word(pieces[i]) ? pieces[i].substr(kWordStart.size()) : pieces[i];
  }
  return words;
}

Matrix merge_to_words(const Matrix& attention, const PieceAxis& rows, const PieceAxis& cols) {
  check_axis(attention.rows, rows, "rows");
  check_axis(attention.cols, cols, "columns");
  std::vector<int> row_word = piece_word_index(rows.pieces);
  std::vector<int> col_word = piece_word_index(cols.pieces);
  Matrix words(word_count(row_word), word_count(col_word));
  std::vector<int> pieces_per_row_word(words.rows, 0);
  for (size_t r = 0; r < rows.pieces.size(); ++r) {
    ++pieces_per_row_word[row_word[r]];
    for (size_t c = 0; c < cols.pieces.size(); ++c)
      words.at(row_word[r], col_word[c]) +=
          attention.at(rows.leading + static_cast<int>(r), cols.leading + static_cast<int>(c));
  }
  for (int r = 0; r < words.rows; ++r) {
    float sum = 0.0f;
    for (int c = 0; c < words.cols; ++c) {
      words.at(r, c) /= static_cast<float>(pieces_per_row_word[r]);  // the mean over pieces
      sum += words.at(r, c);
    }
    // What special columns held is given back to the real words in proportion.
    float scale = sum > 0.0f ? 1.0f / sum : 0.0f;
    for (int c = 0; c < words.cols; ++c) words.at(r, c) *= scale;
  }
  return words;
}

std::vector<std::vector<Matrix>> merge_layers(const std::vector<std::vector<Matrix>>& attention,
                                              const PieceAxis& rows, const PieceAxis& cols) {
  std::vector<std::vector<Matrix>> words(attention.size());
  for (size_t l = 0; l < attention.size(); ++l)
    for (const Matrix& head : attention[l]) words[l].push_back(merge_to_words(head, rows, cols));
  return words;
}

Matrix shift_rows(const Matrix& cross, int tgt_pieces) {
  NMT_CHECK(cross.rows == tgt_pieces + 1, "shift-att needs the </s> step: cross-attention has ",
            cross.rows, " rows for ", tgt_pieces, " target pieces (want ", tgt_pieces + 1, ")");
  Matrix shifted(tgt_pieces, cross.cols);
  std::copy(cross.values.begin() + cross.cols, cross.values.end(), shifted.values.begin());
  return shifted;
}

Matrix cross_to_words(const Matrix& cross, const std::vector<std::string>& src_pieces,
                      const std::vector<std::string>& tgt_pieces, bool shift) {
  int s = static_cast<int>(src_pieces.size()), t = static_cast<int>(tgt_pieces.size());
  Matrix block = real_piece_block(cross, s, t, shift);
  return merge_to_words(block, PieceAxis{tgt_pieces, 0, 0}, PieceAxis{src_pieces, 0, 0});
}

AlignSpec parse_align_spec(const std::string& text) {
  AlignSpec spec;
  if (text == "argmax") return spec;
  if (text == "shift") {
    spec.method = AlignMethod::shift;
    return spec;
  }
  const std::string prefix = "threshold:";
  if (text.compare(0, prefix.size(), prefix) == 0) {
    std::string number = text.substr(prefix.size());
    char* end = nullptr;
    double value = std::strtod(number.c_str(), &end);
    if (!number.empty() && end == number.c_str() + number.size() && value > 0.0 && value <= 1.0) {
      spec.method = AlignMethod::threshold;
      spec.threshold = static_cast<float>(value);
      return spec;
    }
  }
  throw Error("bad alignment method '" + text +
              "' (want argmax, shift or threshold:T, 0 < T <= 1)");
}

std::string align_spec_name(const AlignSpec& spec) {
  switch (spec.method) {
    case AlignMethod::argmax:
      return "argmax";
    case AlignMethod::shift:
      return "shift";
    case AlignMethod::threshold:
      break;
  }
  std::string number = std::to_string(spec.threshold);
  number.erase(number.find_last_not_of('0') + 1);
  if (number.back() == '.') number.pop_back();
  return "threshold:" + number;
}

WordLinks links_from_matrix(const Matrix& m, const AlignSpec& spec) {
  WordLinks links;
  for (int r = 0; r < m.rows; ++r) {
    if (spec.method == AlignMethod::threshold) {
      for (int c = 0; c < m.cols; ++c)
        if (m.at(r, c) >= spec.threshold) links.emplace_back(c, r);
      continue;
    }
    int best = -1;
    for (int c = 0; c < m.cols; ++c)
      if (m.at(r, c) > 0.0f && (best < 0 || m.at(r, c) > m.at(r, best))) best = c;
    if (best >= 0) links.emplace_back(best, r);
  }
  std::sort(links.begin(), links.end());
  return links;
}

WordLinks align_words(const Matrix& cross, const std::vector<std::string>& src_pieces,
                      const std::vector<std::string>& tgt_pieces, const AlignSpec& spec) {
  bool shift = spec.method == AlignMethod::shift;
  Matrix block = real_piece_block(cross, static_cast<int>(src_pieces.size()),
                                  static_cast<int>(tgt_pieces.size()), shift);
  std::vector<int> src_word = piece_word_index(src_pieces);
  std::vector<int> tgt_word = piece_word_index(tgt_pieces);
  WordLinks words;
  for (const WordLink& link : links_from_matrix(block, spec))
    words.emplace_back(src_word[link.first], tgt_word[link.second]);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

Matrix average(const std::vector<Matrix>& matrices) {
  NMT_CHECK(!matrices.empty(), "average of no attention matrices");
  Matrix mean(matrices[0].rows, matrices[0].cols);
  for (const Matrix& m : matrices) {
    NMT_CHECK(m.rows == mean.rows && m.cols == mean.cols, "average: matrix ", m.rows, "x", m.cols,
              " differs from ", mean.rows, "x", mean.cols);
    for (size_t i = 0; i < m.values.size(); ++i) mean.values[i] += m.values[i];
  }
  for (float& v : mean.values) v /= static_cast<float>(matrices.size());
  return mean;
}

}  // namespace nmt::viz
