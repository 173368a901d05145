#include "load/csv.h"

#include "util/text.h"

namespace openwijk {

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Position CsvTable::At(const CsvRow& row, int col) const {
  if (col < 0 || static_cast<size_t>(col) >= row.columns.size()) return {file, row.line, 0};
  return {file, row.lines[col], row.columns[col]};
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

// Reads fields one at a time, tracking line and column.
class CsvScanner {
 public:
  CsvScanner(const std::string& file, std::string_view text, char sep, Diagnostics* diags)
      : file_(file), text_(text), sep_(sep), diags_(diags) {}

  bool AtEnd() const { return pos_ >= text_.size(); }

  // Reads one record. Returns false (after an error) when the record is
  // unusable; the scanner then continues at the next line.
  bool ReadRecord(CsvRow* row) {
    row->line = line_;
    bool ok = true;
    while (true) {
      row->lines.push_back(line_);
      row->columns.push_back(Column());
      std::string field;
      if (!ReadField(&field)) ok = false;
      row->fields.push_back(std::move(field));
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
    return ok;
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

  bool ReadField(std::string* out) {
    if (!AtEnd() && text_[pos_] == '"') return ReadQuoted(out);
    size_t start = pos_;
    while (!AtEnd() && text_[pos_] != sep_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
      if (text_[pos_] == '"') {
        diags_->Error({file_, line_, Column()}, "quote inside an unquoted field");
        SkipToLineEnd();
        return false;
      }
      ++pos_;
    }
    if (!AtEnd() && text_[pos_] == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n')) {
      diags_->Error({file_, line_, Column()}, "carriage return without line feed");
      SkipToLineEnd();
      return false;
    }
    return Store(out, text_.substr(start, pos_ - start), line_,
                 static_cast<int>(start - line_start_) + 1);
  }

  bool ReadQuoted(std::string* out) {
    int start_line = line_, start_col = Column();
    Advance();  // opening quote
    std::string value;
    while (true) {
      if (AtEnd()) {
        diags_->Error({file_, start_line, start_col}, "unbalanced quote: field never closed");
        return false;
      }
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          value += '"';
          Advance();
          Advance();
          continue;
        }
        Advance();
        break;
      }
      // Past the limit, keep scanning to the closing quote without storing,
      // so that the next record still starts in the right place.
      if (value.size() <= kMaxCsvField) value += c;
      Advance();
    }
    if (!AtEnd() && text_[pos_] != sep_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
      diags_->Error({file_, line_, Column()}, "unexpected text after closing quote");
      SkipToLineEnd();
      return false;
    }
    return Store(out, value, start_line, start_col);
  }

  bool Store(std::string* out, std::string_view value, int line, int column) {
    if (value.size() > kMaxCsvField) {
      diags_->Error({file_, line, column},
                    "field is longer than " + std::to_string(kMaxCsvField / 1024) + " KiB");
      SkipToLineEnd();
      return false;
    }
    *out = Trim(value);
    return true;
  }

  const std::string& file_;
  std::string_view text_;
  char sep_;
  Diagnostics* diags_;
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

bool IsBlank(const CsvRow& row) { return row.fields.size() == 1 && row.fields[0].empty(); }

}  // namespace

bool ParseCsv(const std::string& file, std::string_view text, CsvTable* table, Diagnostics* diags) {
  int errors_before = diags->error_count();
  table->file = file;
  if (!CheckTextFile(file, &text, diags)) return false;
  if (Trim(text).empty()) {
    diags->Error({file, 1, 1}, "empty file: expected a header row");
    return false;
  }
  char sep = DetectSeparator(text);
  table->notation = sep == ';' ? Notation::kDutch : Notation::kStandard;
  CsvScanner scanner(file, text, sep, diags);
  CsvRow header;
  scanner.ReadRecord(&header);
  table->header = header.fields;
  for (size_t i = 0; i < table->header.size(); ++i) {
    if (table->header[i].empty()) {
      diags->Error(table->At(header, static_cast<int>(i)), "empty column name in header");
    }
  }
  while (!scanner.AtEnd()) {
    CsvRow row;
    // Room for a whole row at once: every row of a big file would otherwise
    // grow its three vectors field by field.
    row.fields.reserve(table->header.size());
    row.columns.reserve(table->header.size());
    row.lines.reserve(table->header.size());
    bool ok = scanner.ReadRecord(&row);
    if (IsBlank(row)) continue;
    if (!ok) continue;
    if (row.fields.size() != table->header.size()) {
      diags->Error({file, row.line, 0}, "row has " + std::to_string(row.fields.size()) +
                                            " fields, the header has " +
                                            std::to_string(table->header.size()));
      continue;
    }
    table->rows.push_back(std::move(row));
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
