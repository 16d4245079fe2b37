using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Accounts;

/// <summary>Accounts: adding users with a role; log-ins checked with the framework's hasher, failures counted, sessions revocable.</summary>
public sealed class UserDirectory(PledgewatchStore store)
{
    /// <summary>The roles: administrators; clerks of the congress office (ballots, rosters, proposals); editors in departments (reports, claims, projects); deputies.</summary>
    public const string Admin = "admin", Clerk = "clerk", Editor = "editor", Deputy = "deputy";

    public static readonly IReadOnlyList<string> Roles = [Admin, Clerk, Editor, Deputy];

    private static readonly PasswordHasher<UserEntity> Hasher = new();

    /// <summary>Every user, by name.</summary>
    public async Task<IReadOnlyList<UserEntity>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a user; refuses an unknown role, a taken name or a password under 10 characters.</summary>
    public async Task<(UserEntity? User, string? Error)> AddAsync(string name, string role, string password, CancellationToken cancellationToken = default) =>
        await AddAsync(name, role, password, null, cancellationToken);

    /// <summary>Adds a user; an editor may belong to a department (市交通运输局), whose suggestions and cases they answer.</summary>
    public async Task<(UserEntity? User, string? Error)> AddAsync(string name, string role, string password, string? department, CancellationToken cancellationToken = default)
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

        var user = new UserEntity { Name = name, Role = role, PasswordHash = "", CreatedAt = DateTimeOffset.UtcNow, Department = string.IsNullOrWhiteSpace(department) ? null : department.Trim() };
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

    /// <summary>
    /// A log-in: the password checked, failures counted per account; after <paramref name="maxFailures"/>
    /// in a row the account refuses every log-in, right or wrong, until <paramref name="lockout"/> has
    /// passed (an audit line says so). A success resets the count and returns the session stamp the
    /// cookie must carry.
    /// </summary>
    public async Task<LoginResult> LogInAsync(string name, string password, int maxFailures, TimeSpan lockout, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        await using var db = store.CreateContext();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (user is null)
        {
            // Spend the same work as a real check, so timing does not tell which names exist.
            Hasher.VerifyHashedPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, DummyHash, password ?? "");
            return new LoginResult(null, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return new LoginResult(null, until);
        }

        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            // Counted in the database, so every process and address shares one count per account.
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedLogins, x => x.FailedLogins + 1), cancellationToken);
            var failures = await db.Users.Where(u => u.Id == user.Id).Select(u => u.FailedLogins).FirstAsync(cancellationToken);
            if (failures < maxFailures)
            {
                return new LoginResult(null, null);
            }

            var lockedUntil = now + lockout;
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedLogins, 0).SetProperty(x => x.LockedUntil, lockedUntil), cancellationToken);
            Audit.Add(db, clock, "system", "account.lockout", $"user {user.Name}", $"{failures} failed log-ins; locked until {lockedUntil:O}");
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return new LoginResult(null, lockedUntil);
        }

        var stamp = string.IsNullOrEmpty(user.SessionStamp) ? NewStamp() : user.SessionStamp;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedLogins, 0).SetProperty(x => x.LockedUntil, (DateTimeOffset?)null).SetProperty(x => x.SessionStamp, stamp), cancellationToken);
        user.SessionStamp = stamp;
        return new LoginResult(user, null);
    }

    /// <summary>The stamp a user's cookies must carry now (null for an unknown user).</summary>
    /// <summary>The department a user belongs to, if any.</summary>
    public async Task<string?> DepartmentAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Users.AsNoTracking().Where(u => u.Name == name).Select(u => u.Department).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<string?> SessionStampAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SessionStamp).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Ends every session of the user: cookies issued before carry the old stamp and are refused.</summary>
    public async Task RevokeSessionsAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SessionStamp, NewStamp()), cancellationToken);
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private static readonly string DummyHash = Hasher.HashPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, Guid.NewGuid().ToString());
}

/// <summary>A log-in's result: the user when it succeeded; when the account is locked, until when.</summary>
public sealed record LoginResult(UserEntity? User, DateTimeOffset? LockedUntil);
