using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Accounts;

/// <summary>Accounts: adding users with a role and checking passwords with the framework's hasher.</summary>
public sealed class UserDirectory(PledgewatchStore store)
{
    /// <summary>The roles: administrators; clerks of the congress office (ballots, rosters, proposals); editors in departments (reports, claims, projects); deputies.</summary>
    public const string Admin = "admin", Clerk = "clerk", Editor = "editor", Deputy = "deputy";

    public static readonly IReadOnlyList<string> Roles = [Admin, Clerk, Editor, Deputy];

    private static readonly PasswordHasher<UserEntity> Hasher = new();

    /// <summary>Adds a user; refuses an unknown role, a taken name or a password under 10 characters.</summary>
    public async Task<(UserEntity? User, string? Error)> AddAsync(string name, string role, string password, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 64)
        {
            return (null, "a user name has 1 to 64 characters");
        }

        if (!Roles.Contains(role))
        {
            return (null, $"the role is one of {string.Join(", ", Roles)}");
        }

        if (password is null || password.Length < 10)
        {
            return (null, "a password has at least 10 characters");
        }

        await using var db = store.CreateContext();
        if (await db.Users.AnyAsync(u => u.Name == name, cancellationToken))
        {
            return (null, $"there is already a user {name}");
        }

        var user = new UserEntity { Name = name, Role = role, PasswordHash = "", CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Retry.IsUniqueViolation(e))
        {
            return (null, $"there is already a user {name}");
        }

        return (user, null);
    }

    /// <summary>The user when the password is right, else null (the same answer for an unknown name).</summary>
    public async Task<UserEntity?> CheckAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (user is null)
        {
            // Spend the same work as a real check, so timing does not tell which names exist.
            Hasher.VerifyHashedPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, DummyHash, password ?? "");
            return null;
        }

        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly string DummyHash = Hasher.HashPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, Guid.NewGuid().ToString());
}
