using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pledgewatch.Storage;

/// <summary>Retries an operation that lost a race for a unique key to another process.</summary>
internal static class Retry
{
    public const int Attempts = 3;

    /// <summary>
    /// Runs <paramref name="operation"/> again (from a fresh read) when it lost a race for a unique key;
    /// after <see cref="Attempts"/> tries the last conflict is thrown.
    /// </summary>
    public static async Task<T> OnConflictAsync<T>(Func<Task<T>> operation)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await operation();
            }
            catch (DbUpdateException e) when (i < Attempts && IsUniqueViolation(e))
            {
            }
        }
    }

    public static Task OnConflictAsync(Func<Task> operation) => OnConflictAsync(async () =>
    {
        await operation();
        return true;
    });

    /// <summary>True when the database refused a row because its unique key is taken.</summary>
    public static bool IsUniqueViolation(Exception e) => e.GetBaseException() switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
