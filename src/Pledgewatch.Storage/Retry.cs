using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pledgewatch.Storage;

/// <summary>Retries an operation that lost a race for a unique key to another process.</summary>
internal static class Retry
{
    public static async Task OnConflictAsync(Func<Task> operation, int attempts = 3)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                await operation();
                return;
            }
            catch (DbUpdateException e) when (i < attempts && IsUniqueViolation(e))
            {
            }
        }
    }

    /// <summary>True when the database refused a row because its unique key is taken.</summary>
    public static bool IsUniqueViolation(Exception e) => e.GetBaseException() switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
