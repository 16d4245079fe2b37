namespace Pledgewatch.Storage.Entities;

/// <summary>An account: administrator, editor or deputy. Public pages need none.</summary>
public sealed class UserEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The framework's password hash (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>admin, clerk, editor or deputy.</summary>
    public required string Role { get; set; }

    /// <summary>An editor's department (市交通运输局): the suggestions and citizens' cases it owes are theirs to answer.</summary>
    public string? Department { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Changes at every log-out: a login cookie carries the stamp it was issued with and is refused once
    /// the stored one differs, so a copied cookie dies with the session.
    /// </summary>
    public string SessionStamp { get; set; } = "";

    /// <summary>Failed log-ins since the last success or lockout.</summary>
    public int FailedLogins { get; set; }

    /// <summary>No log-in is accepted for this account before this time (after too many failures).</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
