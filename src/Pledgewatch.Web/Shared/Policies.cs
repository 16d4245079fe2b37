namespace Pledgewatch.Web.Shared;

internal static class Policies
{
    /// <summary>Editors and administrators: import reports, correct claims.</summary>
    public const string Editor = "editor";

    /// <summary>The congress office (administrators and clerks): ballots, their candidates, rosters and closing; proposals.</summary>
    public const string Ballots = "ballots";

    /// <summary>Administrators: the catalog, users.</summary>
    public const string Admin = "admin";

    /// <summary>Deputies: vote, rate projects.</summary>
    public const string Deputy = "deputy";

    /// <summary>The rate limit on citizens' feedback (no login), per client address.</summary>
    public const string Feedback = "feedback";

    /// <summary>The rate limit on writes, per client address.</summary>
    public const string Writes = "writes";
}
