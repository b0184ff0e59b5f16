import QingdanKit
import Testing

/// `YYYY-MM-DD` and nothing else, read byte by byte.
@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2024-01-01", 2024, 1, 1), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("0001-12-31", 1, 12, 31),
    ("9999-04-30", 9999, 4, 30),
  ])
  func readsADate(text: String, year: Int, month: Int, day: Int) {
    #expect(CalendarDate(text) == CalendarDate(year: year, month: month, day: day))
    #expect(CalendarDate(text)?.description == text)
  }

  @Test(arguments: [
    "", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01", "2024-01-01T00:00",
    "２０２４-01-01", "2024-０1-01", "+024-01-01", "2024--1-01", "2024-13-01", "2024-00-10", "2024-01-00",
    "2023-02-29", "1900-02-29", "2024-04-31", "2024:01:01", "2024-01-0a", "2024-01-01\n",
  ])
  func refusesAnythingElse(text: String) {
    #expect(CalendarDate(text) == nil)
  }
}
