// A sacreBLEU 2.x signature: the settings that make a score reproducible, as
// ordered key:value fields ("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|
// version:2.4.3"), with sacreBLEU's abbreviations for its --short form
// ("#:1|c:mixed|e:no|tok:13a|s:exp|v:2.4.3"). The metrics make them (bleu.h,
// chrf.h); printing scores is output.h's job.
#pragma once

#include <string>
#include <vector>

namespace nmt::eval {

struct SignatureField {
  std::string key;        // "case"
  std::string short_key;  // "c"
  std::string value;      // "mixed"
};

struct Signature {
  std::vector<SignatureField> fields;  // in sacreBLEU's order, version last

  // "key:value|key:value|..." (short: with the abbreviated keys).
  std::string text(bool short_form = false) const;
};

}  // namespace nmt::eval
