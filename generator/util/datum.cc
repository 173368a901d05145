#include "util/datum.h"

#include <cstdio>

namespace openwijk {

namespace {

bool Digits(std::string_view s, size_t from, size_t n, int* out) {
  if (from + n > s.size()) return false;
  int v = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && LeapYear(y) ? 29 : kDays[m - 1];
}

bool ParseYmd(std::string_view s, int* y, int* m, int* d) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!Digits(s, 0, 4, y) || !Digits(s, 5, 2, m) || !Digits(s, 8, 2, d)) return false;
  return *y >= 1800 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= DaysInMonth(*y, *m);
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

bool IsValidDatum(std::string_view s) {
  int y, m, d;
  return s.size() == 10 && ParseYmd(s, &y, &m, &d);
}

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool ParseDateTime(std::string_view s, int64_t* utc, int* offset_minutes) {
  int y, mo, d, h, mi, sec = 0;
  if (!ParseYmd(s, &y, &mo, &d) || s.size() < 16 || s[10] != 'T' || s[13] != ':') return false;
  if (!Digits(s, 11, 2, &h) || !Digits(s, 14, 2, &mi) || h > 23 || mi > 59) return false;
  size_t p = 16;
  if (p < s.size() && s[p] == ':') {
    if (!Digits(s, p + 1, 2, &sec) || sec > 59) return false;
    p += 3;
  }
  int offset = 0;
  if (p < s.size() && s[p] == 'Z' && p + 1 == s.size()) {
    offset = 0;
  } else if (p + 6 == s.size() && (s[p] == '+' || s[p] == '-') && s[p + 3] == ':') {
    int oh, om;
    if (!Digits(s, p + 1, 2, &oh) || !Digits(s, p + 4, 2, &om) || oh > 14 || om > 59) return false;
    offset = (oh * 60 + om) * (s[p] == '-' ? -1 : 1);
  } else {
    return false;
  }
  int64_t local = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
  *utc = local - int64_t{offset} * 60;
  *offset_minutes = offset;
  return true;
}

namespace {

std::string Format(int64_t t, const char* fmt_date_time) {
  int64_t days = FloorDiv(t, 86400);
  int64_t secs = t - days * 86400;
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[40];
  std::snprintf(buf, sizeof buf, fmt_date_time, y, m, d, static_cast<int>(secs / 3600),
                static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

}  // namespace

std::string IcsUtc(int64_t utc) { return Format(utc, "%04d%02d%02dT%02d%02d%02dZ"); }
std::string Rfc3339Utc(int64_t utc) { return Format(utc, "%04d-%02d-%02dT%02d:%02d:%02dZ"); }
std::string LocalDatum(int64_t utc, int offset_minutes) {
  return Format(utc + int64_t{offset_minutes} * 60, "%04d-%02d-%02d").substr(0, 10);
}
std::string LocalTijd(int64_t utc, int offset_minutes) {
  return Format(utc + int64_t{offset_minutes} * 60, "%04d-%02d-%02dT%02d:%02d").substr(11, 5);
}

std::string DutchDatum(std::string_view iso) {
  static const char* const kMaanden[] = {"januari",   "februari", "maart",    "april",
                                         "mei",       "juni",     "juli",     "augustus",
                                         "september", "oktober",  "november", "december"};
  int y, m, d;
  if (iso.size() != 10 || !ParseYmd(iso, &y, &m, &d)) return std::string(iso);
  return std::to_string(d) + " " + kMaanden[m - 1] + " " + std::to_string(y);
}

}  // namespace openwijk
