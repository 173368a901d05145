// Dates and times written in the data: dates as JJJJ-MM-DD (ISO 8601) and
// meeting times as ISO 8601 date-times with an offset
// ("2025-03-12T19:30:00+01:00"). Dates stay strings in the model (ISO dates
// sort as text); these helpers check them and turn them into epoch seconds,
// without the clock and without the process's time zone.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace openwijk {

// True when `s` is a real calendar date written JJJJ-MM-DD (2025-02-30 is not).
bool IsValidDatum(std::string_view s);

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t DaysFromCivil(int jaar, int maand, int dag);

// Parses "JJJJ-MM-DDTHH:MM[:SS](Z|+HH:MM|-HH:MM)". *utc gets seconds since
// the epoch, *offset_minutes the written offset. False on anything else,
// including impossible dates and times.
bool ParseDateTime(std::string_view s, int64_t* utc, int* offset_minutes);

// "20250312T183000Z" (iCalendar UTC form) and "2025-03-12T18:30:00Z" (RFC 3339).
std::string IcsUtc(int64_t utc);
std::string Rfc3339Utc(int64_t utc);
// The local date "2025-03-12" and time "19:30" of an instant at an offset.
std::string LocalDatum(int64_t utc, int offset_minutes);
std::string LocalTijd(int64_t utc, int offset_minutes);
// "12 maart 2025" from "2025-03-12"; the input when it is not a valid date.
std::string DutchDatum(std::string_view iso);

}  // namespace openwijk
