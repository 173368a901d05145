#include "load/geojson.h"

#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

namespace openwijk {

namespace {

using nlohmann::json;

// Positions of increasing offsets in one pass over the text: every feature
// gets its line without counting from the start of the file again. Line and
// column count from 1, the column in bytes.
class PositionWalker {
 public:
  PositionWalker(const std::string& file, const std::string& text)
      : text_(text), pos_{file, 1, 1} {}
  Position At(size_t offset) {
    if (offset < done_) return PositionWalker(pos_.file, text_).At(offset);
    if (offset > text_.size()) offset = text_.size();
    for (; done_ < offset; ++done_) {
      if (text_[done_] == '\n') {
        ++pos_.line;
        pos_.column = 1;
      } else {
        ++pos_.column;
      }
    }
    return pos_;
  }

 private:
  const std::string& text_;
  Position pos_;
  size_t done_ = 0;  // pos_ is the position of byte done_
};

// The position of byte `offset`. Kept local so the loader depends only on
// util/diagnostic.h.
Position PositionAt(const std::string& file, const std::string& text, size_t offset) {
  return PositionWalker(file, text).At(offset);
}

// What one cheap pass over the raw bytes tells us before nlohmann parses them.
struct PreScan {
  bool too_deep = false;
  size_t too_deep_offset = 0;
  long positions = 0;                   // arrays that start with a number
  std::vector<size_t> feature_offsets;  // '{' of each element of top-level "features"
};

bool StartsNumber(char c) { return (c >= '0' && c <= '9') || c == '-'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks brackets outside strings. Counting "arrays that start with a number"
// counts GeoJSON positions without building a DOM, so a file with a million
// points is refused in milliseconds instead of after a full parse. Feature
// offsets let errors point at the feature's line without a positioned parser.
PreScan Scan(const std::string& text) {
  PreScan scan;
  int depth = 0;
  bool in_features = false;
  std::string last_key;  // last short string seen directly in the top-level object
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      size_t start = ++i;
      while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
      if (depth == 1) last_key = i - start <= 16 ? text.substr(start, i - start) : "";
    } else if (c == '{' || c == '[') {
      if (++depth > kGeoJsonMaxDepth) {
        scan.too_deep = true;
        scan.too_deep_offset = i;
        return scan;
      }
      if (c == '[' && depth == 2) {
        in_features = last_key == "features";
        if (in_features) scan.feature_offsets.clear();  // the parser keeps the last key
      }
      if (c == '{' && depth == 3 && in_features) scan.feature_offsets.push_back(i);
      if (c == '[') {
        size_t j = i + 1;
        while (j < text.size() && IsSpace(text[j])) ++j;
        if (j < text.size() && StartsNumber(text[j])) ++scan.positions;
      }
    } else if (c == '}' || c == ']') {
      if (depth == 2) in_features = false;
      if (depth > 0) --depth;
    }
  }
  return scan;
}

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error ..." -> "syntax error ...": our own position replaces theirs.
std::string ShortReason(const std::string& what) {
  size_t at = what.find("column ");
  size_t colon = at == std::string::npos ? std::string::npos : what.find(": ", at);
  if (colon != std::string::npos) return what.substr(colon + 2);
  size_t bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

std::string FormatCoordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// Validates one feature's geometry; errors name the feature and ring.
class FeatureReader {
 public:
  FeatureReader(int index, Position pos, Diagnostics* diags)
      : index_(index), pos_(std::move(pos)), diags_(diags) {}

  bool ReadGeometry(const json& geometry, std::vector<Polygon>* out);
  void Error(const std::string& message) {
    diags_->Error(pos_, "feature " + std::to_string(index_) + ": " + message);
  }

 private:
  bool ReadPolygon(const json& rings, const std::string& where, Polygon* out);
  bool ReadRing(const json& points, const std::string& where, Ring* out);
  bool ReadPoint(const json& point, const std::string& ring, size_t index,
                 std::pair<double, double>* out);

  int index_;
  Position pos_;
  Diagnostics* diags_;
};

// `ring` and `index` name the point in errors ("ring 0, point 12"). That
// text is made only for an error, not for each of a file's points.
bool FeatureReader::ReadPoint(const json& point, const std::string& ring, size_t index,
                              std::pair<double, double>* out) {
  // RFC 7946 allows an optional altitude; it is ignored.
  bool ok = point.is_array() && (point.size() == 2 || point.size() == 3);
  for (size_t i = 0; ok && i < point.size(); ++i) {
    ok = point[i].is_number() && std::isfinite(point[i].get<double>());
  }
  double lon = ok ? point[0].get<double>() : 0, lat = ok ? point[1].get<double>() : 0;
  if (ok && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
    *out = {lon, lat};
    return true;
  }
  const std::string where = ring + ", point " + std::to_string(index);
  if (!ok) {
    Error(where + " is not a [longitude, latitude] pair of finite numbers");
  } else if (lon < -180 || lon > 180) {
    Error(where + ": longitude " + FormatCoordinate(lon) + " is out of range -180..180");
  } else {
    Error(where + ": latitude " + FormatCoordinate(lat) + " is out of range -90..90");
  }
  return false;
}

bool FeatureReader::ReadRing(const json& points, const std::string& where, Ring* out) {
  if (!points.is_array()) {
    Error(where + " is not an array of positions");
    return false;
  }
  out->points.resize(points.size());
  for (size_t i = 0; i < points.size(); ++i) {
    if (!ReadPoint(points[i], where, i, &out->points[i])) {
      return false;
    }
  }
  if (out->points.size() < 4) {
    Error(where + " has " + std::to_string(out->points.size()) +
          " points; a ring needs at least 4");
    return false;
  }
  if (out->points.front() != out->points.back()) {
    Error(where + " is not closed");
    return false;
  }
  return true;
}

bool FeatureReader::ReadPolygon(const json& rings, const std::string& where, Polygon* out) {
  if (!rings.is_array() || rings.empty()) {
    // where is "" for a Polygon and "polygon P, " inside a MultiPolygon.
    Error((where.empty() ? "polygon" : where.substr(0, where.size() - 2)) + " has no rings");
    return false;
  }
  bool ok = true;
  for (size_t r = 0; r < rings.size(); ++r) {
    Ring ring;
    if (!ReadRing(rings[r], where + "ring " + std::to_string(r), &ring)) {
      ok = false;
      continue;
    }
    if (r == 0) {
      out->outer = std::move(ring);
    } else {
      out->holes.push_back(std::move(ring));
    }
  }
  return ok;
}

bool FeatureReader::ReadGeometry(const json& geometry, std::vector<Polygon>* out) {
  auto type = geometry.find("type");
  std::string name = type != geometry.end() && type->is_string() ? type->get<std::string>() : "";
  if (name != "Polygon" && name != "MultiPolygon") {
    Error("geometry type '" + name + "' is not supported; expected Polygon or MultiPolygon");
    return false;
  }
  auto coords = geometry.find("coordinates");
  if (coords == geometry.end() || !coords->is_array()) {
    Error("geometry has no coordinates array");
    return false;
  }
  if (name == "Polygon") {
    out->resize(1);
    return ReadPolygon(*coords, "", &out->front());
  }
  if (coords->empty()) {
    Error("polygon has no rings");
    return false;
  }
  bool ok = true;
  out->resize(coords->size());
  for (size_t p = 0; p < coords->size(); ++p) {
    std::string where = "polygon " + std::to_string(p) + ", ";
    ok = ReadPolygon((*coords)[p], where, &(*out)[p]) && ok;
  }
  return ok;
}

// The first listed property that is present; errors if none is a usable code.
bool ReadCode(const json& feature, const std::vector<std::string>& names, FeatureReader* reader,
              std::string* code) {
  auto props = feature.find("properties");
  if (props != feature.end() && props->is_object()) {
    for (const std::string& name : names) {
      auto it = props->find(name);
      if (it == props->end() || it->is_null()) continue;
      if (it->is_string() && !it->get<std::string>().empty()) {
        *code = it->get<std::string>();
        return true;
      }
      reader->Error("code property '" + name + "' is not a non-empty string");
      return false;
    }
  }
  std::string tried;
  for (const std::string& name : names) tried += (tried.empty() ? "" : ", ") + name;
  reader->Error("missing code property (tried " + tried + ")");
  return false;
}

void ReadFeatures(const std::string& file, const json& features, const PreScan& scan,
                  const std::string& text, const std::vector<std::string>& code_properties,
                  Diagnostics* diags, std::vector<GeoFeature>* out) {
  bool have_offsets = scan.feature_offsets.size() == features.size();
  PositionWalker walker(file, text);
  std::map<std::string, int> seen;
  for (size_t i = 0; i < features.size(); ++i) {
    const json& f = features[i];
    Position pos = have_offsets ? walker.At(scan.feature_offsets[i]) : Position{file};
    int index = static_cast<int>(i);
    FeatureReader reader(index, pos, diags);
    auto type = f.is_object() ? f.find("type") : f.end();
    if (!f.is_object() || type == f.end() || *type != "Feature") {
      reader.Error("not a GeoJSON Feature object");
      continue;
    }
    GeoFeature feature{"", index, pos, {}};
    if (!ReadCode(f, code_properties, &reader, &feature.code)) continue;
    auto geometry = f.find("geometry");
    if (geometry == f.end() || geometry->is_null()) {
      diags->Warning(pos, "feature " + std::to_string(i) + ": geometry is null; feature skipped");
      continue;
    }
    if (!geometry->is_object()) {
      reader.Error("geometry is not an object");
      continue;
    }
    if (!reader.ReadGeometry(*geometry, &feature.polygons)) continue;
    auto [it, fresh] = seen.emplace(feature.code, index);
    if (!fresh) {
      reader.Error("duplicate code '" + feature.code + "' (also feature " +
                   std::to_string(it->second) + ")");
      continue;
    }
    out->push_back(std::move(feature));
  }
}

}  // namespace

std::vector<GeoFeature> ParseGeoJson(const std::string& file, const std::string& text,
                                     const std::vector<std::string>& code_properties,
                                     Diagnostics* diags) {
  std::vector<GeoFeature> out;
  PreScan scan = Scan(text);
  if (scan.too_deep) {
    diags->Error(PositionAt(file, text, scan.too_deep_offset),
                 "nesting deeper than " + std::to_string(kGeoJsonMaxDepth) + " levels");
    return out;
  }
  if (scan.positions > kGeoJsonMaxCoordinates) {
    diags->Error(Position{file}, "too many coordinates (" + std::to_string(scan.positions) +
                                     "); the limit is " + std::to_string(kGeoJsonMaxCoordinates));
    return out;
  }
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte counts the bytes read, so the offending byte is the one before.
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    diags->Error(PositionAt(file, text, offset), "malformed JSON: " + ShortReason(e.what()));
    return out;
  } catch (const json::exception& e) {
    // Number overflow ("1e999") carries no offset; point at the first place
    // the number is written, which is almost always the one.
    std::string reason = ShortReason(e.what());
    size_t quote = reason.find('\'');
    size_t at = quote == std::string::npos
                    ? std::string::npos
                    : text.find(reason.substr(quote + 1, reason.size() - quote - 2));
    Position pos = at == std::string::npos ? Position{file} : PositionAt(file, text, at);
    diags->Error(pos, "malformed JSON: " + reason);
    return out;
  }
  auto type = doc.is_object() ? doc.find("type") : doc.end();
  if (!doc.is_object() || type == doc.end() || *type != "FeatureCollection") {
    diags->Error(Position{file}, "not a GeoJSON FeatureCollection");
    return out;
  }
  auto features = doc.find("features");
  if (features == doc.end() || !features->is_array()) {
    diags->Error(Position{file}, "\"features\" is not an array");
    return out;
  }
  ReadFeatures(file, *features, scan, text, code_properties, diags, &out);
  return out;
}

}  // namespace openwijk
