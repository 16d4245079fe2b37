namespace Pledgewatch.Suggestions.Tests;

/// <summary>Working days as China counts them: weekends off, public holidays off, make-up weekend days worked.</summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    [Fact]
    public void AFridayEveningCallWithOneDayToAcceptIsDueOnMonday() =>
        Assert.Equal(new DateOnly(2025, 3, 10), China.AddWorkingDays(new DateOnly(2025, 3, 7), 1));

    [Fact]
    public void TheNationalDayWeekIsSkippedAndItsMakeUpSaturdayWorked()
    {
        // 30 September 2025 (Tuesday): 1–8 October off, Saturday 11 October worked.
        Assert.Equal(new DateOnly(2025, 10, 9), China.AddWorkingDays(new DateOnly(2025, 9, 30), 1));
        Assert.Equal(new DateOnly(2025, 10, 11), China.AddWorkingDays(new DateOnly(2025, 9, 30), 3));
        Assert.True(China.IsWorkingDay(new DateOnly(2025, 9, 28)));
        Assert.False(China.IsWorkingDay(new DateOnly(2025, 10, 6)));
    }

    [Fact]
    public void FifteenWorkingDaysOverTheSpringFestival()
    {
        // Accepted Friday 13 February 2026: Saturday the 14th is worked, 15–23 off, Saturday the 28th worked.
        var due = China.AddWorkingDays(new DateOnly(2026, 2, 13), 15);
        Assert.Equal(new DateOnly(2026, 3, 12), due);
        Assert.Equal(15, China.WorkingDaysBetween(new DateOnly(2026, 2, 13), due));
    }

    [Fact]
    public void OutsideTheDataOnlyWeekendsCount()
    {
        Assert.Equal([2024, 2025, 2026], China.Years);
        Assert.True(China.IsWorkingDay(new DateOnly(2031, 10, 1)));
        Assert.False(China.IsWorkingDay(new DateOnly(2031, 10, 4)));
    }

    [Fact]
    public void ABadLineOfACalendarFileIsNamed()
    {
        var error = Assert.Throws<FormatException>(() => WorkingCalendar.FromCsv(new StringReader("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n")));
        Assert.StartsWith("line 3:", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => WorkingCalendar.FromCsv(new StringReader("2027-01-01,rest,元旦\n")));
    }
}
