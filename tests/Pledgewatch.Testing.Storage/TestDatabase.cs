using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pledgewatch.Storage;
using Xunit;

namespace Pledgewatch.Testing;

/// <summary>
/// A fresh, empty database on one engine: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server the test script starts (PLEDGEWATCH_TEST_POSTGRES). Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PLEDGEWATCH_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _database;

    private TestDatabase(StoreLocation location, string? folder, string? database)
    {
        Location = location;
        _folder = folder;
        _database = database;
    }

    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    public StoreLocation Location { get; }

    public static TestDatabase Create(string engine)
    {
        if (engine == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("pledgewatch-test-").FullName;
            return new TestDatabase(StoreLocation.Sqlite(Path.Combine(folder, "test.db")), folder, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.False(
            string.IsNullOrWhiteSpace(server),
            $"{PostgresVariable} is not set: run scripts/test.sh, which starts a throwaway PostgreSQL server for these tests.");
        var database = "pw_" + Guid.NewGuid().ToString("N")[..16];
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database };
        return new TestDatabase(StoreLocation.Postgres(builder.ConnectionString), null, database);
    }

    public Task<PledgewatchStore> OpenAsync(Action<DbContextOptionsBuilder>? configure = null) => PledgewatchStore.OpenAsync(Location, configure);

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
