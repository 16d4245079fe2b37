using System.Globalization;

namespace Pledgewatch.Suggestions;

/// <summary>
/// China's working days: Monday to Friday, less the public holidays, plus the weekend days worked
/// instead (调休上班), as data (china-holidays.csv, or a file of the same shape). Deadlines counted in
/// working days — 1 to accept a citizen's call, 15 to reply — are counted here.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _workdays = [];

    private WorkingCalendar()
    {
    }

    /// <summary>The calendar shipped with Pledgewatch (2024–2026 as the State Council announced them).</summary>
    public static WorkingCalendar China { get; } = Load();

    /// <summary>The years the data covers; outside them only weekends count.</summary>
    public IReadOnlyList<int> Years => [.. _holidays.Concat(_workdays).Select(d => d.Year).Distinct().Order()];

    /// <summary>Reads <c>date,kind,name</c> lines (kind <c>holiday</c> or <c>workday</c>); a bad line is named.</summary>
    public static WorkingCalendar FromCsv(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var calendar = new WorkingCalendar();
        var number = 0;
        while (csv.ReadLine() is { } line)
        {
            number++;
            var cells = line.Split(',');
            if (number == 1 && cells[0] == "date" || line.Trim().Length == 0)
            {
                continue;
            }

            if (cells.Length < 2 || !DateOnly.TryParseExact(cells[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new FormatException($"line {number}: expected date,kind,name with the date as 2025-10-01");
            }

            var set = cells[1].Trim() switch
            {
                "holiday" => calendar._holidays,
                "workday" => calendar._workdays,
                var other => throw new FormatException($"line {number}: kind '{other}' is neither holiday nor workday"),
            };
            set.Add(day);
        }

        return calendar;
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="from"/>: the first working day
    /// after it is day one (a call on Friday evening with one working day to accept is due on Monday).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static WorkingCalendar Load()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("china-holidays.csv")
            ?? throw new InvalidOperationException("china-holidays.csv is not embedded");
        using var reader = new StreamReader(stream);
        return FromCsv(reader);
    }
}
