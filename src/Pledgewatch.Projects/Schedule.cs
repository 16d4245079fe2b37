using System.Globalization;

namespace Pledgewatch.Projects;

/// <summary>
/// Judges a project by its milestones: amber when a milestone is overdue by up to
/// <see cref="ToleranceDays"/> days, red when any is overdue by more; a milestone reached late is
/// history, not a standing slip (the timeline still shows it late). A project is completed when
/// every milestone is reached and its reported progress is 100 %.
/// </summary>
/// <param name="ToleranceDays">Days a milestone may be overdue before the project turns red.</param>
public sealed record Schedule(int ToleranceDays = 30)
{
    /// <summary>The status and, when a milestone slips, the worst slip.</summary>
    /// <param name="progress">The latest reported progress in percent.</param>
    public (ScheduleStatus Status, Slip? Slip) Judge(IReadOnlyCollection<Milestone> milestones, DateOnly today, int progress)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (milestones.Count == 0)
        {
            return (ScheduleStatus.NoPlan, null);
        }

        if (milestones.All(m => m.Actual is not null))
        {
            return (progress >= 100 ? ScheduleStatus.Completed : ScheduleStatus.OnTrack, null);
        }

        var worst = milestones.Where(m => m.IsOverdue(today)).OrderByDescending(m => m.DaysLate(today)).FirstOrDefault();
        if (worst is null)
        {
            return (ScheduleStatus.OnTrack, null);
        }

        var days = worst.DaysLate(today);
        return (days > ToleranceDays ? ScheduleStatus.Late : ScheduleStatus.Slipping, new Slip(worst.Name, worst.Planned, days));
    }
}

/// <summary>The milestone that slips most: its name, planned day, and days overdue.</summary>
public sealed record Slip(string Milestone, DateOnly Planned, int Days)
{
    public string Chinese() => string.Create(CultureInfo.InvariantCulture, $"{Milestone}计划{Planned:yyyy-MM-dd}，已逾期{Days}天");

    public string English() => string.Create(CultureInfo.InvariantCulture, $"{Milestone} was planned for {Planned:yyyy-MM-dd}: {Days} days overdue");
}
