namespace Pledgewatch.Storage.Following;

/// <summary>What can be followed, as stored and in URLs.</summary>
public static class Topic
{
    public const string Region = "region";

    public const string Indicator = "indicator";

    public const string Project = "project";

    public const string Ballot = "ballot";

    /// <summary>A deputy's suggestion, told at each public step.</summary>
    public const string Suggestion = "suggestion";

    /// <summary>A citizen's case (12345), told at each step; never with the citizen's details.</summary>
    public const string Case = "case";

    public static IReadOnlyList<string> All { get; } = [Region, Indicator, Project, Ballot, Suggestion, Case];

    public static bool IsKnown(string? topic) => topic is not null && All.Contains(topic, StringComparer.Ordinal);
}

/// <summary>What a notice tells.</summary>
public static class NoticeKind
{
    /// <summary>A new report of a region was stored, with the verdicts it changed.</summary>
    public const string Report = "report";

    /// <summary>A new report gave figures for a followed indicator.</summary>
    public const string Figures = "figures";

    /// <summary>A project's milestone passed its planned day without being reached.</summary>
    public const string Slip = "slip";

    /// <summary>A ballot was closed and its result published.</summary>
    public const string Result = "result";

    /// <summary>A suggestion or a case took a step (registered, assigned, replied, rated, closed…).</summary>
    public const string Step = "step";
}
