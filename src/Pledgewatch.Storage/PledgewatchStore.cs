using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <summary>
    /// Builds the context options for a location, with the provider's own migrations and, unless
    /// <paramref name="compiledModel"/> is false (the design-time tools, which read the model from
    /// the code), the provider's compiled model: building the model at run time costs a command
    /// about a second before its first query.
    /// </summary>
    public static DbContextOptions<PledgewatchDb> OptionsFor(StoreLocation location, Action<DbContextOptionsBuilder>? configure = null, bool compiledModel = true)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new DbContextOptionsBuilder<PledgewatchDb>();
        var providerAssembly = location.IsPostgres ? "Pledgewatch.Storage.Postgres" : "Pledgewatch.Storage.Sqlite";
        if (compiledModel && CompiledModelOf(providerAssembly) is { } model)
        {
            builder.UseModel(model);
        }

        if (location.IsPostgres)
        {
            builder.UseNpgsql(location.PostgresConnection, o => o.MigrationsAssembly(providerAssembly));
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
            builder.UseSqlite(connection.ToString(), o => o.MigrationsAssembly(providerAssembly));
        }

        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>
    /// The compiled model a provider's assembly holds (its <c>CompiledModel/</c>, written by
    /// <c>scripts/compile-model.sh</c>), or null when the assembly is not deployed beside this one.
    /// </summary>
    internal static IModel? CompiledModelOf(string assemblyName)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(assemblyName);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var type = assembly.GetCustomAttributes<DbContextModelAttribute>().FirstOrDefault(a => a.ContextType == typeof(PledgewatchDb))?.ModelType;
        return type?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
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

                // An up-to-date database (every migration applied, the seed stamp current) is opened
                // with two small reads: migrating compares the model with the code's, which costs a
                // second, and seeding reads every region.
                if (await IsUpToDateAsync(db, cancellationToken))
                {
                    return store;
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

    /// <summary>Whether the database has every migration of the code applied and holds the current seed stamp.</summary>
    private static async Task<bool> IsUpToDateAsync(PledgewatchDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (db.Database.GetMigrations().Any(m => !applied.Contains(m)))
            {
                return false;
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT \"Value\" FROM store_stamps WHERE \"Key\" = '{Seeder.StampKey}'";
                return await command.ExecuteScalarAsync(cancellationToken) is string stamp && stamp == Seeder.Stamp;
            }
        }
        catch (System.Data.Common.DbException)
        {
            // A new database (on PostgreSQL one not created yet), or one from before the stamps: migrate and seed.
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
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
