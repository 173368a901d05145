#include "load/csv.h"

#include <algorithm>
#include <array>

#include "util/text.h"

namespace openwijk {

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string_view CsvTable::Field(const CsvRow& row, int col) const {
  if (col < 0 || static_cast<uint32_t>(col) >= row.size) return {};
  const CsvCell& c = cells[row.first + col];
  return std::string_view(text).substr(c.begin, c.size);
}

Position CsvTable::At(const CsvRow& row, int col) const {
  if (col < 0 || static_cast<uint32_t>(col) >= row.size) return {file, row.line, 0};
  const CsvCell& c = cells[row.first + col];
  return {file, c.line, c.column};
}

bool CheckTextFile(const std::string& file, std::string_view* text, Diagnostics* diags) {
  static const std::string_view kBom = "\xEF\xBB\xBF";
  if (StartsWith(*text, kBom)) text->remove_prefix(kBom.size());
  int line = 0, column = 0;
  size_t nul = text->find('\0');
  if (nul != std::string_view::npos) {
    OffsetToLineColumn(*text, nul, &line, &column);
    diags->Error({file, line, column}, "NUL byte in text file");
    return false;
  }
  size_t bom = text->find(kBom);
  if (bom != std::string_view::npos) {
    OffsetToLineColumn(*text, bom, &line, &column);
    diags->Error({file, line, column}, "byte order mark in the middle of the file");
    return false;
  }
  if (!ValidateUtf8(*text, &line, &column)) {
    diags->Error({file, line, column}, "invalid UTF-8");
    return false;
  }
  size_t crlf = text->find("\r\n");
  if (crlf != std::string_view::npos) {
    // One file, one kind of line ending: a mix means it was pasted together.
    for (size_t i = 0; i < text->size(); ++i) {
      if ((*text)[i] == '\n' && (i == 0 || (*text)[i - 1] != '\r')) {
        OffsetToLineColumn(*text, i, &line, &column);
        diags->Error({file, line, column}, "mixed line endings: LF here, CRLF on earlier lines");
        return false;
      }
    }
  }
  return true;
}

namespace {

// Reads fields one at a time into the table's cells and text, tracking line
// and column.
class CsvScanner {
 public:
  CsvScanner(const std::string& file, std::string_view text, char sep, CsvTable* table,
             Diagnostics* diags)
      : file_(file), text_(text), sep_(sep), table_(table), diags_(diags) {
    for (unsigned char c : {static_cast<unsigned char>(sep), static_cast<unsigned char>('\n'),
                            static_cast<unsigned char>('\r'), static_cast<unsigned char>('"')})
      field_end_[c] = true;
  }

  bool AtEnd() const { return pos_ >= text_.size(); }

  // Reads one record. Returns false (after an error) when the record is
  // unusable; the scanner then continues at the next line.
  bool ReadRecord(CsvRow* row) {
    row->line = line_;
    row->first = static_cast<uint32_t>(table_->cells.size());
    bool ok = true;
    while (true) {
      CsvCell cell;
      cell.line = line_;
      cell.column = Column();
      if (!ReadField(&cell)) ok = false;
      table_->cells.push_back(cell);
      if (AtEnd()) break;
      char c = text_[pos_];
      if (c == sep_) {
        Advance();
        continue;
      }
      if (c == '\r') Advance();
      if (!AtEnd() && text_[pos_] == '\n') Advance();
      break;
    }
    row->size = static_cast<uint32_t>(table_->cells.size()) - row->first;
    return ok;
  }

  // Takes back the fields of `row`, the record read last.
  void Drop(const CsvRow& row) {
    if (row.size > 0) table_->text.resize(table_->cells[row.first].begin);
    table_->cells.resize(row.first);
  }

 private:
  int Column() const { return static_cast<int>(pos_ - line_start_) + 1; }

  void Advance() {
    if (text_[pos_] == '\n') {
      ++line_;
      line_start_ = pos_ + 1;
    }
    ++pos_;
  }

  void SkipToLineEnd() {
    while (!AtEnd() && text_[pos_] != '\n') Advance();
  }

  bool ReadField(CsvCell* out) {
    out->begin = static_cast<uint32_t>(table_->text.size());
    if (!AtEnd() && text_[pos_] == '"') return ReadQuoted(out);
    size_t start = pos_;
    while (!AtEnd() && !field_end_[static_cast<unsigned char>(text_[pos_])]) ++pos_;
    if (!AtEnd() && text_[pos_] == '"') {
      diags_->Error({file_, line_, Column()}, "quote inside an unquoted field");
      SkipToLineEnd();
      return false;
    }
    if (!AtEnd() && text_[pos_] == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n')) {
      diags_->Error({file_, line_, Column()}, "carriage return without line feed");
      SkipToLineEnd();
      return false;
    }
    return Store(out, text_.substr(start, pos_ - start), line_,
                 static_cast<int>(start - line_start_) + 1);
  }

  bool ReadQuoted(CsvCell* out) {
    int start_line = line_, start_col = Column();
    Advance();  // opening quote
    std::string& value = quoted_;
    value.clear();
    while (true) {
      // The text up to the next quote, copied as one run.
      size_t quote = std::min(text_.find('"', pos_), text_.size());
      std::string_view run = text_.substr(pos_, quote - pos_);
      // Past the limit, keep scanning to the closing quote without storing,
      // so that the next record still starts in the right place.
      if (value.size() <= kMaxCsvField)
        value.append(run.substr(0, kMaxCsvField + 1 - value.size()));
      for (size_t nl = run.find('\n'); nl != std::string_view::npos; nl = run.find('\n', nl + 1)) {
        ++line_;
        line_start_ = pos_ + nl + 1;
      }
      pos_ = quote;
      if (AtEnd()) {
        diags_->Error({file_, start_line, start_col}, "unbalanced quote: field never closed");
        return false;
      }
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
        value += '"';
        pos_ += 2;
        continue;
      }
      Advance();
      break;
    }
    if (!AtEnd() && text_[pos_] != sep_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
      diags_->Error({file_, line_, Column()}, "unexpected text after closing quote");
      SkipToLineEnd();
      return false;
    }
    return Store(out, value, start_line, start_col);
  }

  bool Store(CsvCell* out, std::string_view value, int line, int column) {
    if (value.size() > kMaxCsvField) {
      diags_->Error({file_, line, column},
                    "field is longer than " + std::to_string(kMaxCsvField / 1024) + " KiB");
      SkipToLineEnd();
      return false;
    }
    value = TrimView(value);
    out->size = static_cast<uint32_t>(value.size());
    table_->text.append(value);
    return true;
  }

  const std::string& file_;
  std::string_view text_;
  char sep_;
  CsvTable* table_;
  Diagnostics* diags_;
  std::string quoted_;  // the value of a quoted field, unescaped
  // The bytes that end an unquoted field: the separator, a line end, and a
  // quote (an error there).
  std::array<bool, 256> field_end_{};
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

// The separator that occurs in the header row outside quotes: ';' wins when
// present, because Dutch Excel headers may still contain commas in quotes.
char DetectSeparator(std::string_view text) {
  bool quoted = false;
  for (char c : text) {
    if (c == '\n') break;
    if (c == '"') quoted = !quoted;
    if (!quoted && c == ';') return ';';
  }
  return ',';
}

bool IsBlank(const CsvTable& table, const CsvRow& row) {
  return row.size == 1 && table.cells[row.first].size == 0;
}

}  // namespace

bool ParseCsv(const std::string& file, std::string_view text, CsvTable* table, Diagnostics* diags) {
  int errors_before = diags->error_count();
  *table = CsvTable();
  table->file = file;
  // Offsets and counts are 32 bits (a field per byte at most).
  if (text.size() >= UINT32_MAX) {
    diags->Error({file, 0, 0}, "file is larger than 4 GiB");
    return false;
  }
  if (!CheckTextFile(file, &text, diags)) return false;
  if (TrimView(text).empty()) {
    diags->Error({file, 1, 1}, "empty file: expected a header row");
    return false;
  }
  char sep = DetectSeparator(text);
  table->notation = sep == ';' ? Notation::kDutch : Notation::kStandard;
  // Room for everything at once: the values are never longer than the file,
  // and every field but the first of a line ends at a separator.
  size_t newlines = std::count(text.begin(), text.end(), '\n');
  table->text.reserve(text.size());
  table->cells.reserve(std::count(text.begin(), text.end(), sep) + newlines + 1);
  table->rows.reserve(newlines + 1);
  CsvScanner scanner(file, text, sep, table, diags);
  CsvRow header;
  scanner.ReadRecord(&header);
  for (uint32_t i = 0; i < header.size; ++i) {
    table->header.emplace_back(table->Field(header, static_cast<int>(i)));
    if (table->header.back().empty()) {
      diags->Error(table->At(header, static_cast<int>(i)), "empty column name in header");
    }
  }
  scanner.Drop(header);
  while (!scanner.AtEnd()) {
    CsvRow row;
    bool ok = scanner.ReadRecord(&row);
    if (!ok || IsBlank(*table, row)) {
      scanner.Drop(row);
      continue;
    }
    if (row.size != table->header.size()) {
      diags->Error({file, row.line, 0}, "row has " + std::to_string(row.size) +
                                            " fields, the header has " +
                                            std::to_string(table->header.size()));
      scanner.Drop(row);
      continue;
    }
    table->rows.push_back(row);
  }
  return diags->error_count() == errors_before;
}

bool RequireColumns(const CsvTable& table, const std::vector<std::string>& columns,
                    Diagnostics* diags) {
  bool ok = true;
  for (const std::string& c : columns) {
    if (table.Column(c) < 0) {
      diags->Error({table.file, 1, 0}, "missing required column '" + c + "'");
      ok = false;
    }
  }
  return ok;
}

}  // namespace openwijk
