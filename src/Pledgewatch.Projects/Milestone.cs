namespace Pledgewatch.Projects;

/// <summary>A project milestone: 签约, 拿地, 开工, 竣工, 投产 or a free name, planned and (once reached) actual.</summary>
/// <param name="Name">The milestone as the owner names it.</param>
/// <param name="Planned">The day it is planned for.</param>
/// <param name="Actual">The day it was reached, or null.</param>
public sealed record Milestone(string Name, DateOnly Planned, DateOnly? Actual)
{
    /// <summary>The usual milestones of a construction project, in order.</summary>
    public static IReadOnlyList<string> Usual { get; } = ["签约", "拿地", "开工", "竣工", "投产"];

    /// <summary>Days late: past the planned day without being reached, or reached after it; 0 when on time.</summary>
    public int DaysLate(DateOnly today) => Actual is { } done
        ? Math.Max(0, done.DayNumber - Planned.DayNumber)
        : Math.Max(0, today.DayNumber - Planned.DayNumber);

    /// <summary>Not reached and its planned day has passed.</summary>
    public bool IsOverdue(DateOnly today) => Actual is null && today > Planned;
}
