using System.Security.Claims;

namespace Pledgewatch.Web.Shared;

internal static class Policies
{
    /// <summary>The roles of the congress office, which owns ballots and proposals.</summary>
    public static readonly string[] OfficeRoles = ["admin", "clerk"];

    /// <summary>The roles that edit reports, claims and projects.</summary>
    public static readonly string[] EditorRoles = ["admin", "editor"];

    /// <summary>The user is the congress office's (what <see cref="Ballots"/> admits).</summary>
    public static bool IsOffice(ClaimsPrincipal user) => OfficeRoles.Any(user.IsInRole);

    /// <summary>The user edits (what <see cref="Editor"/> admits).</summary>
    public static bool IsEditor(ClaimsPrincipal user) => EditorRoles.Any(user.IsInRole);

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
