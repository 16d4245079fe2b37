namespace Pledgewatch.Suggestions;

/// <summary>One item as the statistics count it: its year and department, when it was due and answered, its class, rating, and whether it was supervised.</summary>
public sealed record HandledItem(int Year, string? Department, DateOnly? Due, DateOnly? Replied, DateOnly? Assigned, ReplyClass? Class, Satisfaction? Rating, bool Supervised, bool Key);

/// <summary>
/// The figures the reports quote (“办理人大代表建议220件……满意率100%”), computed from the items:
/// received; 办结率 = replied on time over those due by the day counted (a reply after its deadline
/// is not on time); the average days from assignment to reply; the shares of A, B and C among the
/// replied; 满意率 = (满意 + 基本满意) over the rated; supervised (督办) and key (重点) counts.
/// </summary>
public sealed record HandlingStatistics(
    int Received, int Due, int OnTime, double? OnTimeRate, double? AverageDays, int Replied,
    double? ShareSolved, double? SharePlanned, double? ShareNotNow, int Rated, double? SatisfactionRate, int Supervised, int Key)
{
    /// <summary>The figures of <paramref name="items"/> as of <paramref name="today"/> (an item not yet due is not counted against 办结率).</summary>
    public static HandlingStatistics Of(IEnumerable<HandledItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.ToList();
        var due = all.Where(i => i.Due is { } d && (d < today || i.Replied is not null)).ToList();
        var onTime = due.Count(i => i.Replied is { } r && r <= i.Due!.Value);
        var replied = all.Where(i => i.Replied is not null).ToList();
        var days = replied.Where(i => i.Assigned is not null).Select(i => (double)(i.Replied!.Value.DayNumber - i.Assigned!.Value.DayNumber)).ToList();
        var classed = replied.Where(i => i.Class is not null).ToList();
        var rated = all.Where(i => i.Rating is not null).ToList();
        double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
        return new HandlingStatistics(
            all.Count, due.Count, onTime, Share(onTime, due.Count), days.Count == 0 ? null : days.Average(), replied.Count,
            Share(classed.Count(i => i.Class == ReplyClass.Solved), classed.Count),
            Share(classed.Count(i => i.Class == ReplyClass.Planned), classed.Count),
            Share(classed.Count(i => i.Class == ReplyClass.NotNow), classed.Count),
            rated.Count, Share(rated.Count(i => i.Rating is Satisfaction.Satisfied or Satisfaction.FairlySatisfied), rated.Count),
            all.Count(i => i.Supervised), all.Count(i => i.Key));
    }

    /// <summary>The figures per year and department, and each year's total (department null).</summary>
    public static IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)> ByYearAndDepartment(IEnumerable<HandledItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.ToList();
        return [.. all.GroupBy(i => i.Year).OrderBy(g => g.Key).SelectMany(year =>
            new[] { (year.Key, (string?)null, Of(year, today)) }
                .Concat(year.Where(i => i.Department is not null).GroupBy(i => i.Department!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(d => (year.Key, (string?)d.Key, Of(d, today)))))];
    }

    /// <summary>The item of a deputy's suggestion.</summary>
    public static HandledItem Item(DeputySuggestion s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var first = s.Replies.FirstOrDefault(r => r.Round == 1);
        return new HandledItem(s.SubmittedOn.Year, s.LeadDepartment, s.FirstDueOn, first?.On, s.AssignedOn, s.LastReply?.Class, s.Rating, s.SupervisedBy is not null, s.IsKey);
    }
}
