// Engine: what the Python module does, in C++ and without Python: the resources loaded once per
// process on first use and shared by every thread, and each function's output as the command line
// writes it (the module parses the JSON text; module.cpp only converts).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/panel_setup.hpp"
#include "pipeline/resources.hpp"
#include "pipeline/segment_lines.hpp"
#include "pipeline/trend_count.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/report/selection.hpp"

namespace zz::python {

/// One input of the module's functions: a file to read, or a text given directly.
struct Source {
  std::string path;      ///< the file, or the name a text is reported under
  std::string bytes;     ///< the text itself when `is_text`
  bool is_text = false;  ///< false: read `path`
};

/// The name a text given directly is reported under ("path" in the JSON).
inline constexpr std::string_view kTextName = "<text>";

/// What analyze() is asked for: the parts (`--only`), the encoding, json or jsonl.
struct AnalyzeRequest {
  report::Selection selection;
  std::string encoding;
  std::string format = "json";
};

/// Thread-safe: any number of threads may call any member at once. The resources are loaded by the
/// first call that needs them and replaced only by set_data_dir() or load_userdict().
class Engine {
 public:
  /// `installed_data_dir`: where an installed module finds its data (beside its shared object).
  explicit Engine(std::string installed_data_dir);

  /// Later calls read data from `dir` (--data-dir); empty: the default search again.
  void set_data_dir(std::string dir);
  /// Later calls also know the words of this jieba-format dictionary (--dict).
  void load_userdict(std::string path);
  /// Forgets the dictionaries load_userdict() added.
  void clear_userdicts();
  /// The loaded resources (loading them on the first call). Throws zz::Error(data).
  std::shared_ptr<const pipeline::Resources> resources();

  /// `zzreport analyze -f json|jsonl` of one source.
  std::string analyze(const Source& source, const AnalyzeRequest& request);
  /// `zzreport targets -f json --kind KIND`.
  std::string targets(const Source& source, const std::string& kind, const std::string& encoding);
  /// `zzreport keywords -f json -k K -m METHOD`.
  std::string keywords(const Source& source, std::size_t top_k, const std::string& method,
                       const std::string& encoding);
  /// The lines of one source and their tokens, as `zzreport segment -f json` reports them: the
  /// decoded text, and per line its number and where its tokens start in `tokens`.
  struct Segmented {
    struct Token {
      std::size_t byte_begin;  ///< where its text is in `text`: offsets, which survive a move
      std::size_t byte_end;
      std::uint32_t begin;  ///< its span in code points
      std::uint32_t end;
      segment::TokenType type;
    };
    std::string text;                                        ///< the decoded text (UTF-8)
    std::vector<std::pair<std::size_t, std::size_t>> lines;  ///< line number, first token
    std::vector<Token> tokens;
  };
  Segmented segment(const Source& source, const std::string& encoding);
  /// `zzreport panel -f jsonl` of one source: its panel rows, a JSON line each.
  std::string panel(const Source& source, const pipeline::PanelSetup& setup,
                    const std::string& encoding);
  /// `zzreport trend -f jsonl` of one source: its rows (none when `count` sums groups).
  std::string trend(const Source& source, pipeline::TrendCount& count,
                    const report::RowWriter& writer, const std::string& encoding);
  /// The words of `text` (UTF-8) as byte ranges [begin, end) of it, found line by line as
  /// `zzreport segment` finds them; white space is not a word. Ranges, not strings: the module
  /// makes each Python string once, straight from `text`.
  std::vector<std::pair<std::size_t, std::size_t>> cut(std::string_view text);

 private:
  std::mutex mutex_;
  pipeline::ResourceOptions options_;
  std::shared_ptr<const pipeline::Resources> loaded_;
};

/// The bytes of `source`: the text, or the file read (zz::Error(input) naming it).
std::string source_bytes(const Source& source);

}  // namespace zz::python
