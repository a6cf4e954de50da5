// CompiledLexicon: the segmenter's trie and edge costs serialised ("ZZLEXBIN", a version, the three
// edge costs, then WordTrie::write()), and read back with every offset checked.
#include "zzreport/segment/compiled_lexicon.hpp"

#include <bit>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#include "compiled_lexicon.hpp"
#include "cost_model.hpp"
#include "zzreport/text/error.hpp"

namespace zz::segment {
namespace {

constexpr std::string_view kMagic = "ZZLEXBIN";
constexpr std::uint32_t kVersion = 1;

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((v >> shift) & 0xFF);
}

std::uint32_t get_u32(std::string_view& in) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i)
    v = (v << 8) | static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
  in.remove_prefix(4);
  return v;
}

constexpr std::size_t kHeaderBytes = 8 + 4 + 3 * 4;

/// Parses `bytes`; false when they are not a compiled lexicon of this version.
bool parse(std::string_view in, detail::WordTrie& trie, detail::EdgeCosts& edges) {
  if (in.size() < kHeaderBytes || !in.starts_with(kMagic)) return false;
  in.remove_prefix(kMagic.size());
  if (get_u32(in) != kVersion) return false;
  edges.unknown_char = std::bit_cast<float>(get_u32(in));
  edges.icu_word = std::bit_cast<float>(get_u32(in));
  edges.number = std::bit_cast<float>(get_u32(in));
  return trie.read(in) && in.empty();
}

}  // namespace

CompiledLexicon::CompiledLexicon() {
  auto data = std::make_shared<Data>();
  data->edges = detail::default_edge_costs();
  data_ = std::move(data);
}

CompiledLexicon CompiledLexicon::compile(const Lexicon& lexicon) {
  detail::CostModel model = detail::make_cost_model(lexicon);
  auto data = std::make_shared<Data>();
  data->trie.build(model.keys);
  data->edges = model.edges;
  CompiledLexicon compiled;
  compiled.data_ = std::move(data);
  return compiled;
}

std::string CompiledLexicon::bytes() const {
  std::string out(kMagic);
  put_u32(out, kVersion);
  put_u32(out, std::bit_cast<std::uint32_t>(data_->edges.unknown_char));
  put_u32(out, std::bit_cast<std::uint32_t>(data_->edges.icu_word));
  put_u32(out, std::bit_cast<std::uint32_t>(data_->edges.number));
  data_->trie.write(out);
  return out;
}

CompiledLexicon CompiledLexicon::from_bytes(std::string_view bytes, std::string_view name) {
  auto data = std::make_shared<Data>();
  if (!parse(bytes, data->trie, data->edges)) {
    throw Error(
        ErrorKind::data,
        "not a compiled lexicon of this version (rebuild it with 'zzreport lexicon compile')",
        std::string(name));
  }
  CompiledLexicon compiled;
  compiled.data_ = std::move(data);
  return compiled;
}

CompiledLexicon CompiledLexicon::load_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(ErrorKind::data, "is a directory", path);
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(ErrorKind::data, "cannot open compiled lexicon", path);
  auto size = in.tellg();
  if (size < 0) throw Error(ErrorKind::data, "cannot read compiled lexicon", path);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    throw Error(ErrorKind::data, "cannot read compiled lexicon", path);
  }
  return from_bytes(bytes, path);
}

}  // namespace zz::segment
