// The fixed parts of the HTML report (report_html.h): its style sheet and its
// script, kept apart from the C++ that serialises the data. The script reads
// the JSON in <script id="nmt-data" type="application/json">.
#pragma once

namespace nmt::viz {

const char* report_css();
const char* report_js();

}  // namespace nmt::viz
