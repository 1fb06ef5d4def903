#include "models/model_info.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "base/json.h"
#include "data/sentencepiece_model.h"
#include "io/quantized_tensor.h"
#include "models/model_config.h"
#include "models/saved_model.h"

namespace nmt {
namespace {

std::string num(int64_t v) {
  return std::to_string(v);
}

// 1234567 -> "1,234,567"
std::string grouped(int64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// A config value as JSON: numbers and booleans as themselves, the rest as strings.
std::string json_value(const std::string& v) {
  if (v == "true" || v == "false") return v;
  char* end = nullptr;
  std::strtod(v.c_str(), &end);
  if (!v.empty() && end == v.c_str() + v.size() && v.find_first_of("xXnN") == std::string::npos)
    return v;
  return json_string(v);
}

// A stored number (decimal or the checkpoint's exact hex float) for people.
std::string readable_number(const std::string& v) {
  char* end = nullptr;
  const double x = std::strtod(v.c_str(), &end);
  if (v.empty() || end != v.c_str() + v.size()) return v;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

// "key = value" lines as ordered pairs.
std::vector<std::pair<std::string, std::string>> key_values(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const size_t eq = line.find(" = ");
    if (eq != std::string::npos) out.emplace_back(line.substr(0, eq), line.substr(eq + 3));
  }
  return out;
}

InfoItem config_item(const std::string& key, const std::string& text) {
  std::string plain, json = "{";
  for (const auto& [k, v] : key_values(text)) {
    plain += (plain.empty() ? "" : ", ") + k + " " + v;
    json += (json.size() > 1 ? ", " : "") + json_string(k) + ": " + json_value(v);
  }
  return {key, plain, json + "}"};
}

void add_architecture(FileInfo& info, const ModelConfig& c) {
  if (c.arch == Arch::Transformer) {
    info.items.push_back(
        {"family", std::string("transformer (") + (c.pre_norm ? "pre-norm" : "post-norm") + ")",
         json_string("transformer")});
    info.items.push_back(
        {"sizes",
         "dim " + num(c.dim) + ", heads " + num(c.heads) + ", ffn " + num(c.ffn) +
             ", encoder layers " + num(c.enc_layers) + ", decoder layers " + num(c.dec_layers),
         "{\"dim\": " + num(c.dim) + ", \"heads\": " + num(c.heads) + ", \"ffn\": " + num(c.ffn) +
             ", \"enc_layers\": " + num(c.enc_layers) + ", \"dec_layers\": " + num(c.dec_layers) +
             "}"});
    info.items.push_back(
        {"attention", "multi-head, " + num(c.heads) + " heads", json_string("multi-head")});
  } else {
    info.items.push_back(
        {"family", "rnn (bidirectional LSTM encoder, LSTM decoder)", json_string("rnn")});
    info.items.push_back({"sizes",
                          "embeddings " + num(c.dim) + ", encoder hidden " + num(c.enc_hidden) +
                              " per direction, decoder hidden " + num(c.dec_hidden) + ", layers " +
                              num(c.rnn_enc_layers) + " + " + num(c.rnn_dec_layers),
                          "{\"dim\": " + num(c.dim) + ", \"enc_hidden\": " + num(c.enc_hidden) +
                              ", \"dec_hidden\": " + num(c.dec_hidden) +
                              ", \"enc_layers\": " + num(c.rnn_enc_layers) +
                              ", \"dec_layers\": " + num(c.rnn_dec_layers) + "}"});
    info.items.push_back(
        {"attention", to_string(c.attention), json_string(to_string(c.attention))});
  }
}

void add_parameters(FileInfo& info, const std::vector<NamedTensor>& tensors, const char* key) {
  int64_t count = 0;
  for (const NamedTensor& t : tensors) count += t.value.shape().numel();
  char mb[32];
  const double bytes = static_cast<double>(count) * 4;
  if (bytes < 1e6)
    std::snprintf(mb, sizeof mb, "%.0f kB", bytes / 1e3);
  else
    std::snprintf(mb, sizeof mb, "%.1f MB", bytes / 1e6);
  info.items.push_back({key,
                        grouped(count) + " in " + num(static_cast<int64_t>(tensors.size())) +
                            " tensors (" + mb + " as float32)",
                        "{\"count\": " + num(count) +
                            ", \"tensors\": " + num(static_cast<int64_t>(tensors.size())) + "}"});
}

// nmt-quantize's part of a model file: the weights stored as int8 (not in
// `parameters`) and the vocabulary shortlist.
void add_quantized(FileInfo& info, const ModelFile& m) {
  if (!m.quantized.empty()) {
    int64_t count = 0;
    for (const QuantizedTensor& q : m.quantized) count += q.rows * q.cols;
    const int64_t tensors = static_cast<int64_t>(m.quantized.size());
    info.items.push_back({"int8 parameters",
                          grouped(count) + " in " + num(tensors) + " tensors (one byte each)",
                          "{\"count\": " + num(count) + ", \"tensors\": " + num(tensors) + "}"});
  }
  if (!m.shortlist.empty()) {
    int64_t ids = 0;
    for (const std::vector<int32_t>& row : m.shortlist.by_source)
      ids += static_cast<int64_t>(row.size());
    const int64_t frequent = static_cast<int64_t>(m.shortlist.frequent.size());
    const int64_t sources = static_cast<int64_t>(m.shortlist.by_source.size());
    const int bits = shortlist_fits_16_bits(m.shortlist) ? 16 : 32;
    info.items.push_back(
        {"shortlist",
         num(frequent) + " frequent target pieces, " + grouped(ids) + " ids for " + num(sources) +
             " source pieces (" + std::to_string(bits) + "-bit ids)",
         "{\"frequent\": " + num(frequent) + ", \"ids\": " + num(ids) + ", \"source_pieces\": " +
             num(sources) + ", \"id_bits\": " + std::to_string(bits) + "}"});
  }
}

void add_vocabulary(FileInfo& info, const ModelConfig& c, const std::string& spm_source,
                    const std::string& spm_target) {
  std::string pieces = spm_source.empty() ? "none stored"
                                          : (spm_target.empty() ? "one shared SentencePiece model"
                                                                : "two SentencePiece models");
  info.items.push_back({"vocabulary",
                        "source " + num(c.src_vocab) + ", target " + num(c.tgt_vocab) +
                            (c.shared_vocab ? " (shared)" : "") +
                            (c.tied_embeddings ? ", tied embeddings" : "") + "; " + pieces,
                        "{\"source\": " + num(c.src_vocab) + ", \"target\": " + num(c.tgt_vocab) +
                            ", \"shared\": " + (c.shared_vocab ? "true" : "false") +
                            ", \"tied_embeddings\": " + (c.tied_embeddings ? "true" : "false") +
                            "}"});
}

void describe_model(FileInfo& info, const ModelFile& m, const std::string& path) {
  const ModelConfig c = ModelConfig::from_text(m.config_text);
  add_architecture(info, c);
  add_parameters(info, m.parameters, "parameters");
  add_quantized(info, m);
  add_vocabulary(info, c, m.spm_source, m.spm_target);
  const auto meta = [&](const char* k) {
    auto it = m.metadata.find(k);
    return it == m.metadata.end() ? std::string() : it->second;
  };
  if (!meta("updates").empty()) {
    std::string text = meta("updates") + " updates", json = "{\"updates\": " + meta("updates");
    if (!meta("best_update").empty() && meta("best_update") != "0") {
      text += "; best validation " + meta("metric") + " " + meta("best_score") + " at update " +
              meta("best_update");
      json += ", \"best_metric\": " + json_string(meta("metric")) +
              ", \"best_score\": " + json_value(meta("best_score")) +
              ", \"best_update\": " + meta("best_update");
    } else {
      text += "; no validation";
    }
    info.items.push_back({"training", text, json + "}"});
  }
  // The model file keeps only the seed (so that equal trainings give equal
  // bytes); the options are in the checkpoint beside it, when it is still there.
  std::string options;
  try {
    const FileSurvey ckpt = survey_file(checkpoint_path_for(path));
    if (ckpt.checkpoint) options = ckpt.checkpoint->train_config;
  } catch (const std::exception&) {  // no checkpoint: only the seed
  }
  if (!options.empty())
    info.items.push_back(config_item("training options", options));
  else if (!meta("seed").empty())
    info.items.push_back({"training options",
                          "seed " + meta("seed") + " (the rest is in MODEL.ckpt, which is gone)",
                          "{\"seed\": " + json_value(meta("seed")) + "}"});
  if (!meta("nmt_version").empty())
    info.items.push_back({"written by", meta("nmt_version"), json_string(meta("nmt_version"))});
  info.items.push_back(config_item("config", m.config_text));
}

void describe_checkpoint(FileInfo& info, const Checkpoint& ck) {
  const auto extra = [&](const char* k) {
    auto it = ck.extra.find(k);
    return it == ck.extra.end() ? std::string() : it->second;
  };
  const auto counter = [&](const char* k) {
    auto it = ck.counters.find(k);
    return it == ck.counters.end() ? int64_t{0} : it->second;
  };
  if (!extra("model_config").empty()) {
    const ModelConfig c = ModelConfig::from_text(extra("model_config"));
    add_architecture(info, c);
    add_vocabulary(info, c, extra("spm_source"), extra("spm_target"));
  }
  std::vector<NamedTensor> params, optimizer;
  for (const NamedTensor& t : ck.tensors)
    (t.name.rfind("param.", 0) == 0 ? params : optimizer).push_back(t);
  add_parameters(info, params, "parameters");
  add_parameters(info, optimizer, "optimizer state");
  const std::string seconds = num(counter("elapsed_ms") / 1000);
  info.items.push_back(
      {"training",
       num(counter("update")) + " updates in " + seconds + " s; best at update " +
           num(counter("best_update")) + " (score " + readable_number(extra("best_score")) + ")" +
           (ck.data_position.empty() ? "" : "; epoch " + num(ck.data_position[0])),
       "{\"updates\": " + num(counter("update")) +
           ", \"best_update\": " + num(counter("best_update")) + ", \"best_score\": " +
           readable_number(extra("best_score")) + ", \"elapsed_seconds\": " + seconds + "}"});
  if (!ck.train_config.empty())
    info.items.push_back(config_item("training options", ck.train_config));
  if (!extra("model_config").empty())
    info.items.push_back(config_item("config", extra("model_config")));
}

void describe_parts(FileInfo& info, const FileSurvey& s) {
  std::string text, json = "[";
  for (const SurveyPart& p : s.parts) {
    text += (text.empty() ? "" : "; ") + p.name + " " + p.status;
    json += (json.size() > 1 ? ", " : "") + std::string("{\"part\": ") + json_string(p.name) +
            ", \"ok\": " + (p.ok ? "true" : "false") + ", \"status\": " + json_string(p.status) +
            "}";
  }
  if (!s.parts.empty()) info.items.push_back({"parts", text, json + "]"});
}

}  // namespace

FileInfo describe_file(const std::string& path) {
  const FileSurvey s = survey_file(path);
  FileInfo info;
  info.items.push_back({"file", path, json_string(path)});
  info.items.push_back({"size", grouped(static_cast<int64_t>(s.file_bytes)) + " bytes",
                        num(static_cast<int64_t>(s.file_bytes))});
  info.items.push_back(
      {"kind",
       s.kind.empty() ? s.foreign
                      : "nmt " + s.kind + (s.version ? ", format version " + num(s.version) : ""),
       json_string(s.kind.empty() ? "foreign" : s.kind)});
  if (s.version) info.items.push_back({"format version", num(s.version), num(s.version)});
  try {
    if (s.model) describe_model(info, *s.model, path);
    if (s.checkpoint) describe_checkpoint(info, *s.checkpoint);
  } catch (const std::exception& e) {  // a sound envelope around a config this nmt cannot read
    info.sound = false;
    info.problem = e.what();
  }
  if (!s.sound()) {
    info.sound = false;
    info.problem = s.problem;
  }
  // Every part can be sound while the file is still no model this nmt can
  // build (a tensor of the wrong rank, an empty SentencePiece model): the
  // tools refuse such a file, so it is not called sound here either.
  if (info.sound && s.model) {
    try {
      saved_model_from(*s.model, path);
    } catch (const std::exception& e) {
      info.sound = false;
      info.problem = e.what();
      const std::string prefix = path + ": ";
      if (info.problem.rfind(prefix, 0) == 0) info.problem.erase(0, prefix.size());
    }
  }
  if (!info.sound || !s.kind.empty()) describe_parts(info, s);
  const char* status = info.sound ? "sound" : s.kind.empty() ? "foreign" : "damaged";
  info.items.push_back({"status", info.sound ? status : std::string(status) + ": " + info.problem,
                        json_string(status)});
  if (!info.sound) info.items.push_back({"problem", info.problem, json_string(info.problem)});
  return info;
}

// text broken after ", " or "; " so no line passes 100 columns; continuation
// lines start at column indent.
std::string wrapped(const std::string& text, size_t indent) {
  constexpr size_t kColumns = 100;
  std::string out, line;
  size_t start = 0;
  while (start < text.size()) {
    size_t cut = text.find_first_of(",;", start);
    cut = cut == std::string::npos ? text.size() : cut + 1;
    const std::string piece = text.substr(start, cut - start);
    if (!line.empty() && indent + line.size() + piece.size() > kColumns) {
      out += line + "\n" + std::string(indent, ' ');
      line = piece.substr(
          piece.find_first_not_of(' ') == std::string::npos ? 0 : piece.find_first_not_of(' '));
    } else {
      line += piece;
    }
    start = cut;
  }
  return out + line;
}

std::string info_text(const FileInfo& info) {
  size_t width = 0;
  for (const InfoItem& item : info.items) width = std::max(width, item.key.size());
  std::string out;
  for (const InfoItem& item : info.items) {
    // said by status and kind; the raw config is for --json
    if (item.key == "problem" || item.key == "format version" || item.key == "config") continue;
    out += item.key + ":" + std::string(width + 2 - item.key.size(), ' ') +
           wrapped(item.text, width + 3) + "\n";
  }
  return out;
}

std::string info_json(const FileInfo& info) {
  std::string out = "{";
  for (size_t i = 0; i < info.items.size(); ++i) {
    std::string key = info.items[i].key;
    for (char& ch : key)
      if (ch == ' ') ch = '_';
    out += (i ? ",\n  " : "\n  ") + json_string(key) + ": " + info.items[i].json;
  }
  return out + "\n}\n";
}

}  // namespace nmt
