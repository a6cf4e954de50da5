// The `zzreport` Python module: bindings of Engine (engine.hpp) and AnalyzeMany. Converts Python
// arguments to Sources, releases the GIL around every call into the pipeline, and turns the JSON
// text the command line would write into Python objects with the json module, so that a result
// equals the command's output by construction. Docstrings here; types in zzreport.pyi.
#include <dlfcn.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine.hpp"
#include "many_documents.hpp"
#include "pipeline/error_record.hpp"
#include "pipeline/panel_setup.hpp"
#include "pipeline/trend_count.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/report/selection.hpp"
#include "zzreport/text/error.hpp"

namespace py = pybind11;

namespace zz::python {
namespace {

/// Where an installed module's data is: <prefix>/lib/python3*/*-packages/zzreport*.so ->
/// <prefix>/share/zzreport, as <prefix>/bin/zzreport -> <prefix>/share/zzreport for the binary.
std::string installed_data_dir() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&installed_data_dir), &info) == 0 ||
      info.dli_fname == nullptr) {
    return {};
  }
  std::filesystem::path so = std::filesystem::absolute(info.dli_fname);
  return (so.parent_path() / "../../../share/zzreport").lexically_normal().string();
}

/// The module's one piece of state, the resources it has loaded (one per process, as the command
/// line loads them once per run); never destroyed, so that no worker outlives it at exit.
Engine& engine() {
  static Engine* const instance = new Engine(installed_data_dir());
  return *instance;
}

/// The UTF-8 of a str; a str that has none (a lone surrogate) raises UnicodeEncodeError.
std::string utf8_of(const py::handle& str) {
  Py_ssize_t size = 0;
  const char* utf8 = PyUnicode_AsUTF8AndSize(str.ptr(), &size);
  if (utf8 == nullptr) throw py::error_already_set();
  return {utf8, static_cast<std::size_t>(size)};
}

/// Whether a str that names no existing file still reads as a path, not as a text: one line with
/// no CJK character that holds a directory separator or ends in an extension (reports/2021.md,
/// 2021.txt). Such a str is a path, so that a mistyped name raises InputError (no such file)
/// rather than being analysed as the text of the name.
bool reads_as_path(std::string_view s) {
  if (s.empty() || s.size() >= 4096 || s.find('\n') != std::string_view::npos) return false;
  for (char c : s) {
    // A lead byte of a code point from U+2000 on: CJK, full-width punctuation.
    if (static_cast<unsigned char>(c) >= 0xE2) return false;
  }
  if (s.find('/') != std::string_view::npos || s.find('\\') != std::string_view::npos) return true;
  std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == s.size() || s.size() - dot - 1 > 5) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(dot) + 1, s.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

/// A str names a file when it is one line naming an existing file or reads_as_path(), and is the
/// text otherwise; a path-like object is always a file (a missing one raises InputError); bytes
/// are a file's bytes. `encoding` is checked against it (a str is decoded already).
Source to_source(const py::handle& value, const std::optional<std::string>& encoding) {
  Source source;
  if (py::isinstance<py::bytes>(value)) {
    source.is_text = true;
    source.path = kTextName;
    source.bytes = value.cast<std::string>();
    return source;
  }
  if (py::isinstance<py::str>(value)) {
    std::string s = utf8_of(value);
    std::error_code ec;
    // A directory counts too, to fail as one (InputError "is a directory") rather than be analysed
    // as the text of its name.
    if ((s.size() < 4096 && s.find('\n') == std::string::npos && !s.empty() &&
         std::filesystem::exists(s, ec)) ||
        reads_as_path(s)) {
      source.path = std::move(s);
    } else {
      // A str is text already decoded: an encoding applies to files and bytes only.
      if (encoding && !encoding->empty()) {
        throw Error(ErrorKind::usage, "encoding applies to a file or bytes, not to a str");
      }
      source.is_text = true;
      source.path = kTextName;
      source.bytes = std::move(s);
    }
    return source;
  }
  if (py::hasattr(value, "__fspath__")) {
    source.path = py::module_::import("os").attr("fsdecode")(value).cast<std::string>();
    return source;
  }
  throw py::type_error(
      "expected a text (str), a file's bytes (bytes) or a path (os.PathLike), got " +
      std::string(py::str(py::type::of(value).attr("__name__"))));
}

/// The command line's comma-separated list from None (empty), a str or an iterable of str.
std::string comma_list(const py::object& items) {
  if (items.is_none()) return "";
  if (py::isinstance<py::str>(items)) return items.cast<std::string>();
  std::string list;
  for (const py::handle& item : items) list += (list.empty() ? "" : ",") + item.cast<std::string>();
  return list;
}

report::Selection selection_of(const py::object& parts) {
  return report::parse_selection(comma_list(parts));
}

py::object parse_json(const std::string& text) {
  static py::object* const loads = new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(text);
}

AnalyzeRequest analyze_request(const py::object& parts, const std::optional<std::string>& encoding,
                               std::string format) {
  AnalyzeRequest request;
  request.selection = selection_of(parts);
  request.encoding = encoding.value_or("");
  if (format != "json" && format != "jsonl") {
    throw Error(ErrorKind::usage, "format must be json or jsonl, not '" + format + "'");
  }
  request.format = std::move(format);
  return request;
}

/// Runs `work` without the GIL: the pipeline touches no Python object.
template <typename Work>
auto without_gil(Work&& work) {
  py::gil_scoped_release release;
  return work();
}

/// The JSON text of `zzreport analyze -f FORMAT` for one source.
std::string analyze_text(const py::object& text_or_path, const py::object& parts,
                         const std::optional<std::string>& encoding, const std::string& format) {
  Source source = to_source(text_or_path, encoding);
  AnalyzeRequest request = analyze_request(parts, encoding, format);
  return without_gil([&] { return engine().analyze(source, request); });
}

/// One Python string per distinct text, shared by every place that holds it: a report repeats its
/// words, and making a string per occurrence took a third of cut()'s time on a long text. The
/// texts viewed must outlive the object.
class SharedStrings {
 public:
  const py::str& of(std::string_view text) {
    auto [it, inserted] = made_.try_emplace(text);
    if (inserted) {
      PyObject* decoded =
          PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "strict");
      if (decoded == nullptr) throw py::error_already_set();
      it->second = py::reinterpret_steal<py::str>(decoded);
    }
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, py::str> made_;
};

/// cut() takes a str only (jieba's common path): bytes would reach the segmenter undecoded.
py::list cut(const py::str& str) {
  std::string text = utf8_of(str);
  std::vector<std::pair<std::size_t, std::size_t>> words =
      without_gil([&] { return engine().cut(text); });
  SharedStrings strings;
  py::list out(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view word(text.data() + words[i].first, words[i].second - words[i].first);
    PyList_SET_ITEM(out.ptr(), static_cast<Py_ssize_t>(i), strings.of(word).inc_ref().ptr());
  }
  return out;
}

/// segment()'s lines, made straight from the tokens: going through the JSON text the command line
/// writes took ten times as long as the segmentation (1.9 s against 0.17 s for 1.7 MB).
py::list segment_lines(const Engine::Segmented& segmented) {
  SharedStrings strings;  // the words and the token types
  py::str line_key("line"), tokens_key("tokens"), text_key("text"), span_key("span"),
      type_key("type");
  // The C API, not pybind11's accessors: a token is a dict and a list, and 300,000 tokens made
  // through accessors took twice as long.
  auto checked = [](PyObject* object) {
    if (object == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(object);
  };
  auto set = [](const py::object& dict, const py::str& key, const py::handle& value) {
    if (PyDict_SetItem(dict.ptr(), key.ptr(), value.ptr()) != 0) throw py::error_already_set();
  };
  // Hundreds of thousands of new containers would start the cyclic garbage collector again and
  // again, each run walking all that was made so far; none of them can be part of a cycle.
  struct NoCollection {
    int was_enabled = PyGC_Disable();
    ~NoCollection() {
      if (was_enabled) PyGC_Enable();
    }
  } no_collection;
  py::list out(segmented.lines.size());
  std::string_view text = segmented.text;
  for (std::size_t l = 0; l < segmented.lines.size(); ++l) {
    auto [number, first] = segmented.lines[l];
    std::size_t last =
        l + 1 < segmented.lines.size() ? segmented.lines[l + 1].second : segmented.tokens.size();
    py::list tokens(last - first);
    for (std::size_t i = first; i < last; ++i) {
      const Engine::Segmented::Token& t = segmented.tokens[i];
      py::object span = checked(PyList_New(2));
      PyList_SET_ITEM(span.ptr(), 0, checked(PyLong_FromUnsignedLong(t.begin)).release().ptr());
      PyList_SET_ITEM(span.ptr(), 1, checked(PyLong_FromUnsignedLong(t.end)).release().ptr());
      py::object token = checked(PyDict_New());
      set(token, text_key, strings.of(text.substr(t.byte_begin, t.byte_end - t.byte_begin)));
      set(token, span_key, span);
      set(token, type_key, strings.of(segment::to_string(t.type)));
      PyList_SET_ITEM(tokens.ptr(), static_cast<Py_ssize_t>(i - first), token.release().ptr());
    }
    py::object line = checked(PyDict_New());
    set(line, line_key, py::int_(number));
    set(line, tokens_key, tokens);
    PyList_SET_ITEM(out.ptr(), static_cast<Py_ssize_t>(l), line.release().ptr());
  }
  return out;
}

/// The Python iterator of analyze_many(): each __next__ waits (without the GIL) for the next
/// report in input order.
class ReportIterator {
 public:
  /// `record_errors`: a document that fails gives the command line's error record instead of
  /// raising.
  ReportIterator(std::vector<Source> sources, AnalyzeRequest request, unsigned jobs, bool text,
                 bool record_errors)
      : text_(text), record_errors_(record_errors) {
    for (const Source& source : sources) paths_.push_back(source.path);
    py::gil_scoped_release release;
    engine().resources();  // a missing data directory fails here, not once per document
    many_ = std::make_unique<ManyDocuments>(
        std::move(sources),
        [request = std::move(request)](const Source& s) { return engine().analyze(s, request); },
        jobs);
  }
  ~ReportIterator() {
    py::gil_scoped_release release;  // the workers may still be finishing a document
    many_.reset();
  }
  ReportIterator(const ReportIterator&) = delete;
  ReportIterator& operator=(const ReportIterator&) = delete;

  py::object next() {
    std::optional<pipeline::Outcome> outcome = without_gil([&] { return many_->next(); });
    if (!outcome) throw py::stop_iteration();
    std::size_t index = next_index_++;
    if (outcome->error) {
      if (!record_errors_) throw *outcome->error;
      outcome->output = pipeline::error_record(paths_[index], *outcome->error);
    }
    if (text_) return py::str(outcome->output);
    return parse_json(outcome->output);
  }

 private:
  std::unique_ptr<ManyDocuments> many_;
  std::vector<std::string> paths_;  // each source's path, in input order
  std::size_t next_index_ = 0;
  bool text_;
  bool record_errors_;
};

std::vector<Source> to_sources(const py::iterable& inputs,
                               const std::optional<std::string>& encoding) {
  std::vector<Source> sources;
  for (const py::handle& input : inputs) {
    sources.push_back(to_source(input, encoding));
  }
  return sources;
}

/// What panel() and trend() do with a document that fails: raise its error, or leave it out and
/// warn with its message, as the command line writes the error and goes on.
struct OnError {
  bool warn = false;
  std::vector<std::string> messages;  // of the documents left out, in input order
};

OnError on_error(const std::string& errors, const char* function) {
  if (errors != "raise" && errors != "warn") {
    throw zz::Error(
        zz::ErrorKind::usage,
        std::string(function) + ": errors must be 'raise' or 'warn', not '" + errors + "'");
  }
  return {errors == "warn", {}};
}

/// Every document's output, in input order, run on `jobs` threads; a document that failed raises
/// its error, or with `on_error.warn` is left out and its message kept. Called without the GIL.
std::string run_all(std::vector<Source> sources, Render render, unsigned jobs, OnError& on_error) {
  std::string out;
  ManyDocuments many(std::move(sources), std::move(render), jobs);
  while (std::optional<pipeline::Outcome> outcome = many.next()) {
    if (outcome->error) {
      if (!on_error.warn) throw *outcome->error;
      on_error.messages.push_back(outcome->error->message());
      continue;
    }
    out += outcome->output;
  }
  return out;
}

/// A DocumentWarning for each document left out, with the GIL held (a filter that turns warnings
/// into errors raises the first).
void warn_left_out(const OnError& on_error, const py::handle& category, const char* function) {
  for (const std::string& message : on_error.messages) {
    std::string text = std::string(function) + ": left out " + message;
    if (PyErr_WarnEx(category.ptr(), text.c_str(), 1) != 0) throw py::error_already_set();
  }
}

/// JSON Lines rows as a pandas.DataFrame with these columns when pandas is installed, else a list
/// of dicts.
py::object to_frame(const std::string& jsonl, const std::vector<std::string>& columns) {
  py::list records;
  std::string_view rest = jsonl;
  while (!rest.empty()) {
    std::size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (!line.empty()) records.append(parse_json(std::string(line)));
  }
  py::object pandas;
  try {
    pandas = py::module_::import("pandas");
  } catch (const py::error_already_set& e) {
    if (!e.matches(PyExc_ImportError)) throw;
    return records;
  }
  if (columns.empty()) return pandas.attr("DataFrame")(records);
  return pandas.attr("DataFrame")(records, py::arg("columns") = columns);
}

}  // namespace
}  // namespace zz::python

PYBIND11_MODULE(zzreport, m) {
  using namespace zz::python;
  namespace zp = zz::python;
  m.doc() =
      "zzreport: analyse Chinese government work reports (targets, key terms, formulations).\n\n"
      "The same pipeline and output as the zzreport command line: analyze() returns what\n"
      "`zzreport analyze -f json` writes, cut() segments as `zzreport segment` does. The data\n"
      "files load once per process, on first use, and are shared by all threads; long calls\n"
      "release the GIL. See docs/python.md.";
  m.attr("__version__") = ZZREPORT_VERSION;

  static py::exception<zz::Error> error(m, "Error");
  error.doc() = "Base of zzreport's errors; the message is the command line's (FILE: reason).";
  static py::exception<zz::Error> input_error(m, "InputError", error.ptr());
  input_error.doc() = "An input cannot be read, is empty or binary, or cannot be decoded.";
  static py::exception<zz::Error> data_error(m, "DataError", error.ptr());
  data_error.doc() =
      "zzreport's data files (lexicon, rules) or a user dictionary are missing or bad.";
  static py::exception<zz::Error> usage_error(m, "UsageError", PyExc_ValueError);
  usage_error.doc() = "An argument asks for something impossible (an unknown part, method, kind).";
  // A handle, not an object: the module holds the reference, and none is dropped after the
  // interpreter is gone.
  static py::handle document_warning = PyErr_NewExceptionWithDoc(
      "zzreport.DocumentWarning",
      "A document panel() or trend() left out with errors='warn'; the message is the command\n"
      "line's (FILE: reason).",
      PyExc_UserWarning, nullptr);
  if (!document_warning) throw py::error_already_set();
  m.attr("DocumentWarning") = document_warning;
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const zz::Error& e) {
      switch (e.kind()) {
        case zz::ErrorKind::data:
          data_error(e.message().c_str());
          break;
        case zz::ErrorKind::usage:
          usage_error(e.message().c_str());
          break;
        case zz::ErrorKind::input:
          input_error(e.message().c_str());
          break;
        default:
          error(e.message().c_str());
          break;
      }
    }
  });

  m.def(
      "set_data_dir", [](std::string dir) { engine().set_data_dir(std::move(dir)); },
      py::arg("path"),
      "Read zzreport's data files from `path` (like --data-dir); the next call loads them.\n"
      "An empty path restores the default search: ZZREPORT_DATA_DIR, the installed data,\n"
      "the source tree's data/.");
  m.def(
      "data_dir", [] { return without_gil([] { return engine().resources()->data_dir; }); },
      "The data directory in use (loading the data files if not yet loaded).");
  m.def(
      "load_userdict", [](std::string path) { engine().load_userdict(std::move(path)); },
      py::arg("path"),
      "Add the words of a user dictionary in jieba's format ('word [freq] [tag]' a line),\n"
      "like --dict; the next call reloads the lexicon with it.");

  m.def(
      "clear_userdicts", [] { engine().clear_userdicts(); },
      "Forget the dictionaries load_userdict() added; the next call reloads the lexicon.");

  const char* cut_doc =
      "Split `text` into words, as `zzreport segment` does (line by line; white space is not\n"
      "a word). Drop-in for jieba.lcut on the common path; `hmm` is accepted for jieba's\n"
      "signature and ignored (unknown words are zzreport's own rules).";
  m.def(
      "cut", [](const py::str& text, const py::object&) { return zp::cut(text); }, py::arg("text"),
      py::arg("hmm") = py::none(), cut_doc);
  m.def(
      "lcut", [](const py::str& text, const py::object&) { return zp::cut(text); }, py::arg("text"),
      py::arg("hmm") = py::none(), cut_doc);
  m.def(
      "cut_iter", [](const py::str& text, const py::object&) { return py::iter(zp::cut(text)); },
      py::arg("text"), py::arg("hmm") = py::none(), "cut() as an iterator, like jieba.cut.");

  m.def(
      "analyze",
      [](const py::object& text_or_path, const py::object& parts,
         const std::optional<std::string>& encoding) {
        return parse_json(analyze_text(text_or_path, parts, encoding, "json"));
      },
      py::arg("text_or_path"), py::kw_only(), py::arg("parts") = py::none(),
      py::arg("encoding") = py::none(),
      "The report of one document: the object `zzreport analyze -f json` writes (docs/json.md).\n\n"
      "text_or_path: a text (str), a file's bytes, or a path (a str naming an existing file, or\n"
      "  any os.PathLike, which must exist). parts: the parts to compute, like --only (a list\n"
      "  or a comma-separated str: keywords, targets, achievements, ...). encoding: the\n"
      "  file's encoding (default: detected). Raises InputError, DataError, UsageError.");
  m.def(
      "analyze_json",
      [](const py::object& text_or_path, const py::object& parts,
         const std::optional<std::string>& encoding,
         const std::string& format) { return analyze_text(text_or_path, parts, encoding, format); },
      py::arg("text_or_path"), py::kw_only(), py::arg("parts") = py::none(),
      py::arg("encoding") = py::none(), py::arg("format") = "json",
      "analyze() as the JSON text `zzreport analyze -f json` (or, format='jsonl', the line of\n"
      "`-f jsonl`) writes, byte for byte, ending with a newline.");
  m.def(
      "targets",
      [](const py::object& text_or_path, const std::string& kind,
         const std::optional<std::string>& encoding) {
        Source source = to_source(text_or_path, encoding);
        if (kind != "target" && kind != "achievement" && kind != "all" && kind != "any") {
          throw zz::Error(zz::ErrorKind::usage, "kind must be target, achievement, all or any");
        }
        return parse_json(
            without_gil([&] { return engine().targets(source, kind, encoding.value_or("")); }));
      },
      py::arg("text_or_path"), py::kw_only(), py::arg("kind") = "all",
      py::arg("encoding") = py::none(),
      "The quantities of one document, as `zzreport targets -f json --kind KIND` writes them:\n"
      "{'file', 'year', 'quantities': [...]}. kind: target, achievement, all (both;\n"
      "default) or any (with mentions).");
  m.def(
      "keywords",
      [](const py::object& text_or_path, std::size_t k, const std::string& method,
         const std::optional<std::string>& encoding) {
        Source source = to_source(text_or_path, encoding);
        return parse_json(without_gil(
            [&] { return engine().keywords(source, k, method, encoding.value_or("")); }));
      },
      py::arg("text_or_path"), py::kw_only(), py::arg("k") = 20, py::arg("method") = "tfidf",
      py::arg("encoding") = py::none(),
      "The k keywords of one document, as `zzreport keywords -f json -k K -m METHOD` writes\n"
      "them. method: tfidf (default), textrank or combined.");
  m.def(
      "segment",
      [](const py::object& text_or_path, const std::optional<std::string>& encoding) {
        Source source = to_source(text_or_path, encoding);
        return segment_lines(
            without_gil([&] { return engine().segment(source, encoding.value_or("")); }));
      },
      py::arg("text_or_path"), py::kw_only(), py::arg("encoding") = py::none(),
      "The tokens of each line with their spans and types, as `zzreport segment -f json`\n"
      "writes them: a list of {'line': n, 'tokens': [{'text', 'span', 'type'}, ...]}.");

  py::class_<ReportIterator>(m, "ReportIterator", "The reports of analyze_many(), in input order.")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &ReportIterator::next);
  m.def(
      "analyze_many",
      [](const py::iterable& inputs, unsigned jobs, const py::object& parts,
         const std::optional<std::string>& encoding, const std::string& format,
         const std::string& errors) {
        if (errors != "raise" && errors != "record") {
          throw zz::Error(zz::ErrorKind::usage,
                          "analyze_many: errors must be 'raise' or 'record', not '" + errors + "'");
        }
        std::vector<Source> sources = to_sources(inputs, encoding);
        bool text = format != "dict";
        AnalyzeRequest request = analyze_request(parts, encoding, text ? format : "json");
        return std::make_unique<ReportIterator>(std::move(sources), std::move(request), jobs, text,
                                                errors == "record");
      },
      py::arg("inputs"), py::kw_only(), py::arg("jobs") = 0, py::arg("parts") = py::none(),
      py::arg("encoding") = py::none(), py::arg("format") = "dict", py::arg("errors") = "raise",
      "analyze() of every input on `jobs` C++ threads (0: one per core; the command line's\n"
      "batch driver), yielded in input order as they are ready. format: dict (default), or\n"
      "json / jsonl for the text analyze_json() gives. errors: 'raise' (default), a document\n"
      "that fails raises its InputError when its turn comes; 'record', it gives the record\n"
      "`analyze -f jsonl` writes for it instead, {'path': ..., 'error': {'kind': ...,\n"
      "'message': ...}}, and the others go on.");

  m.def(
      "panel",
      [](const py::iterable& inputs, const py::object& indicators, unsigned jobs,
         const std::optional<std::string>& encoding, const std::string& errors) {
        OnError failed = on_error(errors, "panel");
        std::vector<Source> sources = to_sources(inputs, encoding);
        std::string ids = comma_list(indicators);
        std::string jsonl = without_gil([&] {
          auto setup = std::make_shared<zz::pipeline::PanelSetup>(engine().resources(), ids);
          std::string enc = encoding.value_or("");
          return run_all(
              std::move(sources),
              [setup, enc](const Source& s) { return engine().panel(s, *setup, enc); }, jobs,
              failed);
        });
        warn_left_out(failed, document_warning, "panel");
        return to_frame(jsonl, {});
      },
      py::arg("inputs"), py::kw_only(), py::arg("indicators") = py::none(), py::arg("jobs") = 0,
      py::arg("encoding") = py::none(), py::arg("errors") = "raise",
      "The panel of many reports, as `zzreport panel -f jsonl` writes it (docs/panel.md): the\n"
      "headline target or outcome of each (document, indicator, kind, period), a row each;\n"
      "a pandas.DataFrame when pandas is installed, else a list of dicts. indicators: the\n"
      "canonical ids wanted, a list or comma-separated (default: all). errors: 'raise'\n"
      "(default), a document that fails raises its InputError; 'warn', it is left out with a\n"
      "DocumentWarning of its message, as the command line writes the error and goes on.");
  m.def(
      "trend",
      [](std::vector<std::string> terms, const py::iterable& inputs,
         const std::optional<std::string>& by, bool words, unsigned jobs,
         const std::optional<std::string>& encoding, const std::string& errors) {
        OnError failed = on_error(errors, "trend");
        std::vector<Source> sources = to_sources(inputs, encoding);
        zz::pipeline::TrendCount count(std::move(terms), by.value_or(""), words);
        zz::report::RowWriter writer(zz::report::RowFormat::jsonl, count.columns());
        std::string jsonl = without_gil([&] {
          engine().resources();
          std::string enc = encoding.value_or("");
          std::string rows = run_all(
              std::move(sources),
              [&](const Source& s) { return engine().trend(s, count, writer, enc); }, jobs, failed);
          return count.groups() != nullptr ? writer.table(count.group_rows()) : rows;
        });
        warn_left_out(failed, document_warning, "trend");
        return to_frame(jsonl, count.columns());
      },
      py::arg("terms"), py::arg("inputs"), py::kw_only(), py::arg("by") = py::none(),
      py::arg("words") = false, py::arg("jobs") = 0, py::arg("encoding") = py::none(),
      py::arg("errors") = "raise",
      "How often `terms` occur in each report, as `zzreport trend -f jsonl TERMS -- INPUTS`\n"
      "writes it (docs/trends.md): file, region, level, year, term, count, per_10k; with\n"
      "by='year' (or year,level; region; doc_type) summed per group. words=True counts whole\n"
      "words only. A pandas.DataFrame when pandas is installed, else a list of dicts. errors:\n"
      "as panel()'s; a document left out is not in any group's sums.");
}
