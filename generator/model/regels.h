// The budget lines of one begroting year, and the pool that lets revisions
// share the lines they have in common.
//
// Every publication is a whole revision of the data, and a build keeps the
// Model of each one. Between two publications most lines are the same, so a
// Model holds its lines through pointers, and the revisions loaded through
// one RegelPool hold one copy of each line that they have in common (same
// text, same place in the same file). Lines are read as `const
// BegrotingRegel&`; Edit() copies a shared line before it is changed, so a
// Model still behaves as if it held its own lines.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostic.h"
#include "util/shared_text.h"

namespace openwijk {

enum class Soort { kLasten, kBaten };

struct BegrotingRegel {
  std::string id;
  int jaar = 0;
  int id_column = 0;  // where id starts on pos.line, for messages; 0: not known
  std::string gebied_code;
  int gebied = -1;
  int gebied_column = 0;  // the same for gebied_code
  // The texts that repeat from line to line are shared (util/shared_text.h).
  SharedText programma;
  SharedText taakveld;  // Iv3 code, valid in the scheme of `jaar`
  std::string omschrijving;
  Soort soort = Soort::kLasten;
  int taakveld_column = 0;  // the same for taakveld; these three columns sit in padding
  std::optional<int64_t> begroot, gewijzigd, realisatie;  // cents; empty = not known
  SharedText financier;
  SharedText bron;
  SharedText besluit;  // optional id of the decision that set it
  // The same for besluit. It adds 8 bytes (280), which make_shared's block
  // still rounds into mimalloc's 320-byte size class, as it did at 272.
  int besluit_column = 0;
  Position pos;  // the line; its column is 0

  // The position of the field that starts at `column` of the line.
  Position At(int column) const { return {pos.file, pos.line, column}; }
};

class Regels {
  using Holder = std::vector<std::shared_ptr<BegrotingRegel>>;

 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = BegrotingRegel;
    using difference_type = std::ptrdiff_t;
    using pointer = const BegrotingRegel*;
    using reference = const BegrotingRegel&;

    const_iterator() = default;
    explicit const_iterator(Holder::const_iterator it) : it_(it) {}
    reference operator*() const { return **it_; }
    pointer operator->() const { return it_->get(); }
    const_iterator& operator++() { return ++it_, *this; }
    const_iterator operator++(int) { return const_iterator(it_++); }
    const_iterator& operator--() { return --it_, *this; }
    const_iterator operator--(int) { return const_iterator(it_--); }
    const_iterator& operator+=(difference_type n) { return it_ += n, *this; }
    const_iterator& operator-=(difference_type n) { return it_ -= n, *this; }
    const_iterator operator+(difference_type n) const { return const_iterator(it_ + n); }
    friend const_iterator operator+(difference_type n, const const_iterator& i) { return i + n; }
    const_iterator operator-(difference_type n) const { return const_iterator(it_ - n); }
    difference_type operator-(const const_iterator& o) const { return it_ - o.it_; }
    reference operator[](difference_type n) const { return *it_[n]; }
    bool operator==(const const_iterator& o) const { return it_ == o.it_; }
    bool operator!=(const const_iterator& o) const { return it_ != o.it_; }
    bool operator<(const const_iterator& o) const { return it_ < o.it_; }
    bool operator>(const const_iterator& o) const { return it_ > o.it_; }
    bool operator<=(const const_iterator& o) const { return it_ <= o.it_; }
    bool operator>=(const const_iterator& o) const { return it_ >= o.it_; }

   private:
    Holder::const_iterator it_;
  };

  Regels() = default;
  Regels(std::initializer_list<BegrotingRegel> lines);

  size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }
  const BegrotingRegel& operator[](size_t i) const { return *lines_[i]; }
  // Line i to change: copied first when another Model shares it.
  BegrotingRegel& Edit(size_t i);
  const_iterator begin() const { return const_iterator(lines_.begin()); }
  const_iterator end() const { return const_iterator(lines_.end()); }

  void reserve(size_t n) { lines_.reserve(n); }
  void push_back(BegrotingRegel line);
  // Adds a line that other Models may hold too (RegelPool::Share).
  void push_back(std::shared_ptr<BegrotingRegel> line) { lines_.push_back(std::move(line)); }
  // Adds line i of `from`, shared with it (CarriedLines).
  void ShareLine(const Regels& from, size_t i) { lines_.push_back(from.lines_[i]); }

 private:
  friend class RegelPool;
  Holder lines_;
};

// The lines of one year that are taken over from the version of its file
// loaded before, rather than read again: those at the line numbers that are
// the same bytes in both versions (load/shared_lines.h). A line is a function
// of its bytes, the file's header and the areas' codes, so the loader carries
// lines over only between versions with the same header and the same area
// tree, and only from a version that had no errors.
struct CarriedLines {
  const Regels* earlier = nullptr;            // that version's lines, in file order
  std::vector<std::pair<int, int>> in_place;  // runs [first, last] of line numbers
};

// One copy of each distinct line, for the revisions loaded through it. Two
// lines are the same when every field is, their position included, so a
// line can only be shared with one at the same row of the same year's file:
// the pool keeps, per year and row, the versions it has seen there, and
// compares a new line with those alone (most rows have one or two).
class RegelPool {
 public:
  // Makes room for the lines of `jaar`. Share may then run for different
  // years at the same time (model/build_begroting.cc reads them side by side).
  void AddJaar(int jaar);
  // The pool's line equal to `line`, read from row `row` of `jaar`'s file;
  // `line` itself when it is new. `jaar` is added when missing, which must
  // not happen while another Share runs.
  std::shared_ptr<BegrotingRegel> Share(int jaar, size_t row, BegrotingRegel&& line);
  // Offers the lines of a Model built without the pool to the ones built
  // with it (the revision being built, to its publications).
  void Adopt(int jaar, const Regels& regels);
  // The distinct lines in the pool.
  size_t size() const { return size_.load(); }

 private:
  // Per year, per row: the versions seen there.
  std::map<int, std::vector<std::vector<std::shared_ptr<BegrotingRegel>>>> rows_;
  std::atomic<size_t> size_{0};
};

// True when every field of a and b is the same, their positions included.
bool SameRegel(const BegrotingRegel& a, const BegrotingRegel& b);

}  // namespace openwijk
