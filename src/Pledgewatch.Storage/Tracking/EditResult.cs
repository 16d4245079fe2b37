namespace Pledgewatch.Storage.Tracking;

/// <summary>The outcome of an edit: done (with a version), not found, or invalid with a reason.</summary>
public sealed record EditResult(EditOutcome Outcome, int Version, string? Error)
{
    public static EditResult Done(int version) => new(EditOutcome.Done, version, null);

    public static EditResult NotFound(string error) => new(EditOutcome.NotFound, 0, error);

    public static EditResult Invalid(string error) => new(EditOutcome.Invalid, 0, error);
}

/// <summary>How an edit ended.</summary>
public enum EditOutcome
{
    Done,
    NotFound,
    Invalid,
}
