#include "model/regels.h"

#include <tuple>

namespace openwijk {

Regels::Regels(std::initializer_list<BegrotingRegel> lines) {
  lines_.reserve(lines.size());
  for (const BegrotingRegel& r : lines) push_back(r);
}

BegrotingRegel& Regels::Edit(size_t i) {
  std::shared_ptr<BegrotingRegel>& line = lines_[i];
  if (line.use_count() > 1) line = std::make_shared<BegrotingRegel>(*line);
  return *line;
}

void Regels::push_back(BegrotingRegel line) {
  lines_.push_back(std::make_shared<BegrotingRegel>(std::move(line)));
}

bool SameRegel(const BegrotingRegel& a, const BegrotingRegel& b) {
  // Every field of BegrotingRegel (model/regels.h): a field added there
  // belongs here too, or lines that differ in it would be shared.
  auto fields = [](const BegrotingRegel& r) {
    return std::tie(r.id, r.jaar, r.gebied_code, r.gebied, r.programma, r.taakveld, r.omschrijving,
                    r.soort, r.begroot, r.gewijzigd, r.realisatie, r.financier, r.bron, r.besluit,
                    r.pos.file, r.pos.line, r.pos.column, r.id_column, r.gebied_column,
                    r.taakveld_column, r.besluit_column);
  };
  return fields(a) == fields(b);
}

void RegelPool::AddJaar(int jaar) { rows_[jaar]; }

std::shared_ptr<BegrotingRegel> RegelPool::Share(int jaar, size_t row, BegrotingRegel&& line) {
  auto found = rows_.find(jaar);  // find, not []: a lookup that other threads may do too
  auto& rows = found != rows_.end() ? found->second : rows_[jaar];
  if (rows.size() <= row) rows.resize(row + 1);
  for (const std::shared_ptr<BegrotingRegel>& seen : rows[row]) {
    if (SameRegel(*seen, line)) return seen;
  }
  ++size_;
  return rows[row].emplace_back(std::make_shared<BegrotingRegel>(std::move(line)));
}

void RegelPool::Adopt(int jaar, const Regels& regels) {
  auto& rows = rows_[jaar];
  if (rows.size() < regels.size()) rows.resize(regels.size());
  for (size_t row = 0; row < regels.size(); ++row) rows[row].push_back(regels.lines_[row]);
  size_ += regels.size();
}

}  // namespace openwijk
