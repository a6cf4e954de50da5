// Engine: the module's functions over the shared pipeline (pipeline/command_setup.hpp), so that
// each gives what its command writes.
#include "engine.hpp"

#include <utility>

#include "pipeline/command_setup.hpp"
#include "pipeline/segment_lines.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/report/keywords_writer.hpp"
#include "zzreport/report/panel_writer.hpp"
#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/report/writers.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::python {

std::string source_bytes(const Source& source) {
  return source.is_text ? source.bytes : text::read_file(source.path);
}

Engine::Engine(std::string installed_data_dir) {
  options_.installed_data_dir = std::move(installed_data_dir);
}

void Engine::set_data_dir(std::string dir) {
  std::lock_guard lock(mutex_);
  options_.data_dir = std::move(dir);
  loaded_.reset();
}

void Engine::load_userdict(std::string path) {
  std::lock_guard lock(mutex_);
  options_.user_dicts.push_back(std::move(path));
  loaded_.reset();
}

void Engine::clear_userdicts() {
  std::lock_guard lock(mutex_);
  options_.user_dicts.clear();
  loaded_.reset();
}

std::shared_ptr<const pipeline::Resources> Engine::resources() {
  // Held while loading: threads that arrive meanwhile wait for the one load instead of repeating
  // it.
  std::lock_guard lock(mutex_);
  if (!loaded_) loaded_ = pipeline::load_resources(options_);
  return loaded_;
}

std::string Engine::analyze(const Source& source, const AnalyzeRequest& request) {
  std::shared_ptr<const pipeline::Resources> r = resources();
  extract::Analyzer analyzer(
      *r->segmenter, report::analyzer_options(request.selection, pipeline::analyzer_options(*r)));
  text::Document doc =
      text::load_document(source_bytes(source), source.path, {request.encoding, &r->regions});
  extract::Analysis analysis = analyzer.analyze(doc);
  report::ReportInput input{
      &doc,
      &analysis,
      pipeline::analyze_echo(request.format, request.selection, request.encoding),
      request.selection,
      {}};
  return report::to_json(input, request.format == "json");
}

std::string Engine::targets(const Source& source, const std::string& kind,
                            const std::string& encoding) {
  std::shared_ptr<const pipeline::Resources> r = resources();
  extract::Analyzer analyzer(*r->segmenter, pipeline::targets_analyzer_options(*r));
  text::Document doc =
      text::load_document(source_bytes(source), source.path, {encoding, &r->regions});
  std::vector<extract::Quantity> quantities = analyzer.analyze(doc).quantities;
  std::erase_if(quantities, [&](const extract::Quantity& q) {
    return !pipeline::wanted_quantity(kind, q.kind);
  });
  return report::quantities_json(doc, quantities);
}

std::string Engine::keywords(const Source& source, std::size_t top_k, const std::string& method,
                             const std::string& encoding) {
  std::optional<extract::KeywordMethod> parsed = extract::parse_keyword_method(method);
  if (!parsed) {
    throw Error(ErrorKind::usage,
                "unknown keyword method '" + method + "' (tfidf, textrank or combined)");
  }
  if (top_k == 0) throw Error(ErrorKind::usage, "k must be at least 1");
  std::shared_ptr<const pipeline::Resources> r = resources();
  extract::Analyzer analyzer(*r->segmenter,
                             pipeline::keywords_analyzer_options(*r, top_k, *parsed));
  // As `keywords` loads it: without the region table (keywords print no document metadata).
  text::Document doc = text::load_document(source_bytes(source), source.path, {encoding});
  return report::keywords_to_json(doc, analyzer.analyze(doc).keywords, true);
}

Engine::Segmented Engine::segment(const Source& source, const std::string& encoding) {
  std::shared_ptr<const pipeline::Resources> r = resources();
  Segmented out;
  out.text = pipeline::decode_for_segment(source_bytes(source), source.path, encoding).utf8;
  pipeline::segment_by_line(
      *r->segmenter, out.text,
      [&](std::string_view line, const std::vector<segment::Token>& tokens, std::size_t line_number,
          std::uint32_t line_start) {
        out.lines.emplace_back(line_number, out.tokens.size());
        pipeline::for_each_reported_token(
            line, line_start, tokens, [&](const pipeline::ReportedToken& t) {
              auto at = static_cast<std::size_t>(t.text.data() - out.text.data());
              out.tokens.push_back({at, at + t.text.size(), t.begin, t.end, t.type});
            });
      });
  return out;
}

std::string Engine::panel(const Source& source, const pipeline::PanelSetup& setup,
                          const std::string& encoding) {
  text::Document doc =
      text::load_document(source_bytes(source), source.path, {encoding, &setup.resources->regions});
  return report::panel_jsonl(doc, setup.rows(doc));
}

std::string Engine::trend(const Source& source, pipeline::TrendCount& count,
                          const report::RowWriter& writer, const std::string& encoding) {
  std::shared_ptr<const pipeline::Resources> r = resources();
  text::Document doc =
      text::load_document(source_bytes(source), source.path, {encoding, &r->regions});
  std::vector<report::Row> rows = count.add(source.path, doc, *r->segmenter);
  return count.groups() != nullptr ? std::string() : writer.rows(rows);
}

std::vector<std::pair<std::size_t, std::size_t>> Engine::cut(std::string_view text) {
  std::shared_ptr<const pipeline::Resources> r = resources();
  std::vector<std::pair<std::size_t, std::size_t>> words;
  words.reserve(text.size() / 4);  // about a word per two Han characters (3 bytes each)
  pipeline::segment_by_line(*r->segmenter, text,
                            [&](std::string_view line, const std::vector<segment::Token>& tokens,
                                std::size_t, std::uint32_t) {
                              auto line_begin = static_cast<std::size_t>(line.data() - text.data());
                              for (const segment::Token& t : tokens) {
                                if (t.type != segment::TokenType::space)
                                  words.emplace_back(line_begin + t.begin, line_begin + t.end);
                              }
                            });
  return words;
}

}  // namespace zz::python
