// The analyzer set-ups of analyze, targets and keywords (command_setup.hpp).
#include "command_setup.hpp"

#include "zzreport/text/error.hpp"

namespace zz::pipeline {

std::vector<std::pair<std::string, std::string>> analyze_echo(const std::string& format,
                                                              const report::Selection& selection,
                                                              const std::string& encoding) {
  return {{"format", format}, {"only", report::to_string(selection)}, {"encoding", encoding}};
}

extract::AnalyzerOptions targets_analyzer_options(const Resources& resources) {
  extract::AnalyzerOptions options = analyzer_options(resources);
  options.keywords = false;
  options.slogans = false;
  return options;
}

bool wanted_quantity(std::string_view kind_option, extract::QuantityKind kind) {
  if (kind_option == "any") return true;
  if (kind_option == "all") return kind != extract::QuantityKind::mention;
  return extract::to_string(kind) == kind_option;
}

extract::AnalyzerOptions keywords_analyzer_options(const Resources& resources, std::size_t top_k,
                                                   extract::KeywordMethod method) {
  extract::AnalyzerOptions options = analyzer_options(resources);
  options.quantities = false;
  options.slogans = false;
  options.top_keywords = top_k;
  options.keyword_method = method;
  return options;
}

text::DecodedText decode_for_segment(const std::string& bytes, const std::string& path,
                                     const std::string& encoding) {
  try {
    return text::decode(bytes, {encoding});
  } catch (const Error& e) {
    throw e.with_file(path);
  }
}

}  // namespace zz::pipeline
