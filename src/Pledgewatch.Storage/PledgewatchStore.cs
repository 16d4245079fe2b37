using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pledgewatch.Storage;

/// <summary>
/// An open database: migrated to the current schema and seeded (regions, catalog) on first use.
/// Hands out short-lived <see cref="PledgewatchDb"/> contexts.
/// </summary>
public sealed class PledgewatchStore
{
    private readonly DbContextOptions<PledgewatchDb> _options;

    private PledgewatchStore(StoreLocation location, DbContextOptions<PledgewatchDb> options)
    {
        Location = location;
        _options = options;
    }

    public StoreLocation Location { get; }

    public PledgewatchDb CreateContext() => new(_options);

    /// <summary>Builds the context options for a location, with the provider's own migrations.</summary>
    public static DbContextOptions<PledgewatchDb> OptionsFor(StoreLocation location, Action<DbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new DbContextOptionsBuilder<PledgewatchDb>();
        if (location.IsPostgres)
        {
            builder.UseNpgsql(location.PostgresConnection, o => o.MigrationsAssembly("Pledgewatch.Storage.Postgres"));
        }
        else
        {
            var connection = new SqliteConnectionStringBuilder
            {
                DataSource = location.SqlitePath,
                // A writer waits for another's transaction instead of failing at once.
                DefaultTimeout = 120,
                Pooling = true,
            };
            builder.UseSqlite(connection.ToString(), o => o.MigrationsAssembly("Pledgewatch.Storage.Sqlite"));
        }

        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>Opens the database, creating and migrating it when needed, and seeds what is missing.</summary>
    /// <param name="location">The SQLite file or PostgreSQL connection.</param>
    /// <param name="configure">More context options (logging, interceptors).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="StoreException">The database cannot be opened or migrated.</exception>
    public static async Task<PledgewatchStore> OpenAsync(StoreLocation location, Action<DbContextOptionsBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            if (!location.IsPostgres)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(location.SqlitePath!));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }
            }

            var store = new PledgewatchStore(location, OptionsFor(location, configure));
            await using (var db = store.CreateContext())
            {
                if (!location.IsPostgres)
                {
                    // WAL: readers never wait for the writer; the setting stays with the file.
                    await db.Database.OpenConnectionAsync(cancellationToken);
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }

                await db.Database.MigrateAsync(cancellationToken);
            }

            await Seeder.SeedAsync(store, cancellationToken);
            return store;
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StoreException($"cannot open the database at {SafeDescribe(location)}: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static string SafeDescribe(StoreLocation location)
    {
        try
        {
            return location.Describe();
        }
        catch (ArgumentException)
        {
            return "the connection string given";
        }
    }
}
