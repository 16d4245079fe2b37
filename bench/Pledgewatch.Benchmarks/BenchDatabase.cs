using Npgsql;
using Pledgewatch.Storage;

namespace Pledgewatch.Benchmarks;

/// <summary>A throwaway PostgreSQL database on the benchmark's server: named, then dropped.</summary>
internal static class BenchDatabase
{
    public static StoreLocation Postgres(string server, string prefix) =>
        StoreLocation.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = prefix + Guid.NewGuid().ToString("N")[..8] }.ConnectionString);

    public static async Task DropAsync(string server, StoreLocation location)
    {
        var database = new NpgsqlConnectionStringBuilder(location.PostgresConnection).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
