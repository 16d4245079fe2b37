namespace Pledgewatch.Storage.Entities;

/// <summary>An account: administrator, editor or deputy. Public pages need none.</summary>
public sealed class UserEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The framework's password hash (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>admin, editor or deputy.</summary>
    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
