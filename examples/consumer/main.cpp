// A program of another project that uses zzreport's libraries: it segments a report and prints
// its targets. Built against an installed zzreport (find_package(zzreport), CMakeLists.txt here).
// Usage: zzreport-consumer DATA_DIR REPORT      (DATA_DIR: <prefix>/share/zzreport)
#include <iostream>
#include <string>
#include <vector>

#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/segment/compiled_lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: zzreport-consumer DATA_DIR REPORT\n";
    return 2;
  }
  try {
    std::string data = argv[1];
    zz::segment::CompiledLexicon lexicon =
        zz::segment::CompiledLexicon::load_file(data + "/lexicon.bin");
    zz::segment::Segmenter segmenter(lexicon);
    zz::extract::QuantityRules rules = zz::extract::QuantityRules::load(data + "/rules");
    zz::extract::AnalyzerOptions options;
    options.quantity_rules = &rules;
    zz::extract::Analyzer analyzer(segmenter, options);
    zz::text::Document doc = zz::text::load_document(zz::text::read_file(argv[2]), argv[2]);
    std::vector<zz::segment::Token> words;
    segmenter.segment(doc.text, words);
    std::cout << "words: " << words.size() << "\n";
    for (const zz::extract::Quantity& q : analyzer.analyze(doc).quantities) {
      if (q.kind == zz::extract::QuantityKind::target)
        std::cout << "target: " << q.indicator << " " << q.value_text << q.unit << "\n";
    }
  } catch (const zz::Error& e) {
    std::cerr << "zzreport-consumer: " << e.message() << "\n";
    return 1;
  }
  return 0;
}
