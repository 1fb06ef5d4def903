// From subword attention to words: SentencePiece pieces grouped into
// whitespace words (a piece starting with U+2581 "▁" begins a word), piece
// attention merged into a word-level soft matrix for pictures, and hard word
// alignments (argmax, threshold, shift-att) computed on pieces and then merged
// (a target word links to a source word if any of their pieces link).
// Plain float matrices, no Tensor; nothing here runs a model.
//
// Cross-attention of one sentence, as a model gives it (S source pieces,
// T target pieces): [T + 1 rows][S + 1 cols]; row t is the decoder step that
// predicts target piece t (row T predicts </s>), the last column is the
// source </s>. The </s> row and column are optional (detected by size)
// except that shift-att needs the </s> row.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nmt::viz {

// Row-major [rows][cols].
struct Matrix {
  int rows = 0;
  int cols = 0;
  std::vector<float> values;

  Matrix() = default;
  Matrix(int r, int c, float fill = 0.0f) : rows(r), cols(c), values(size_t(r) * c, fill) {}
  float& at(int r, int c) { return values[size_t(r) * cols + c]; }
  float at(int r, int c) const { return values[size_t(r) * cols + c]; }
};

// (source word, target word), 0-based; the same type as eval::AlignmentLink.
using WordLink = std::pair<int, int>;
using WordLinks = std::vector<WordLink>;  // sorted, no duplicates

// Word index of every piece. The first piece starts word 0 even without "▁".
std::vector<int> piece_word_index(const std::vector<std::string>& pieces);
// The words: each word's pieces joined, "▁" removed.
std::vector<std::string> words_of_pieces(const std::vector<std::string>& pieces);

// One axis of an attention matrix: its real pieces and how many special
// positions (<s> before, </s> after) the matrix has around them.
struct PieceAxis {
  std::vector<std::string> pieces;
  int leading = 0;
  int trailing = 0;
};

// Word-level matrix [row words][col words]: a row word's row is the mean over
// its pieces' rows of the sum over the column word's pieces' columns. Special
// rows and columns are dropped, then every row is renormalised to sum to 1
// (a row with no weight left stays 0). Works for cross-attention and for
// encoder/decoder self-attention (decoder: both axes <s> + target pieces,
// leading = 1). Throws nmt::Error if the matrix size does not fit the axes.
Matrix merge_to_words(const Matrix& attention, const PieceAxis& rows, const PieceAxis& cols);

// merge_to_words for every head of every layer ([layer][head] in and out),
// e.g. to fill the HTML report (report_html.h) from a model's attention.
std::vector<std::vector<Matrix>> merge_layers(const std::vector<std::vector<Matrix>>& attention,
                                              const PieceAxis& rows, const PieceAxis& cols);

// shift-att: rows 1..T of a [T + 1][*] cross-attention, so that target piece
// t reads the step that is fed piece t and predicts the next one.
Matrix shift_rows(const Matrix& cross, int tgt_pieces);

// Cross-attention to a word matrix [target words][source words]; </s> row
// and column detected by size; shift applies shift_rows first.
Matrix cross_to_words(const Matrix& cross, const std::vector<std::string>& src_pieces,
                      const std::vector<std::string>& tgt_pieces, bool shift = false);

enum class AlignMethod { argmax, threshold, shift };

struct AlignSpec {
  AlignMethod method = AlignMethod::argmax;
  float threshold = 0.5f;  // for AlignMethod::threshold
};

// "argmax", "shift", "threshold:T" (0 < T <= 1); anything else throws
// nmt::Error naming the text and the accepted forms.
AlignSpec parse_align_spec(const std::string& text);
std::string align_spec_name(const AlignSpec& spec);

// Hard links over a matrix without special rows or columns, as (col, row):
// argmax and shift link each row to its largest column (the first on ties;
// not for an all-zero row); threshold links every cell >= T.
WordLinks links_from_matrix(const Matrix& m, const AlignSpec& spec);

// Hard word alignment of one sentence: the piece-level rule on the
// cross-attention with the </s> column excluded (as fairseq does: every
// target piece links to a real source piece), shift rows for shift-att, then
// pieces mapped to words. Sorted, no duplicates: Pharaoh order.
WordLinks align_words(const Matrix& cross, const std::vector<std::string>& src_pieces,
                      const std::vector<std::string>& tgt_pieces, const AlignSpec& spec);

// Mean of equally sized matrices (the "avg" head).
Matrix average(const std::vector<Matrix>& matrices);

}  // namespace nmt::viz
