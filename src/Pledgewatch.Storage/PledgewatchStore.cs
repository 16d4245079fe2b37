using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Pledgewatch.Storage;

/// <summary>
/// An open database: migrated to the current schema and seeded (regions, catalog) on first use.
/// Hands out short-lived <see cref="PledgewatchDb"/> contexts.
/// </summary>
public sealed class PledgewatchStore
{
    // Built on the first context: a command that only reads through OpenConnectionAsync never
    // loads the compiled model or EF's services (a fifth of a second at start-up).
    private readonly Lazy<DbContextOptions<PledgewatchDb>> _options;

    private PledgewatchStore(StoreLocation location, Action<DbContextOptionsBuilder>? configure)
    {
        Location = location;
        _options = new Lazy<DbContextOptions<PledgewatchDb>>(() => OptionsFor(location, configure));
    }

    public StoreLocation Location { get; }

    public PledgewatchDb CreateContext() => new(_options.Value);

    /// <summary>
    /// An open connection to the database without a context, for the few reads where EF's start-up
    /// would be most of the time (the command line's listings, the check that the schema is current).
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Location.IsPostgres
            ? new NpgsqlConnection(Location.PostgresConnection)
            : new SqliteConnection(SqliteConnectionString(Location));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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
        var providerAssembly = ProviderAssembly(location);
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
            builder.UseSqlite(SqliteConnectionString(location), o => o.MigrationsAssembly(providerAssembly));
        }

        configure?.Invoke(builder);
        return builder.Options;
    }

    private static string SqliteConnectionString(StoreLocation location) => new SqliteConnectionStringBuilder
    {
        DataSource = location.SqlitePath,
        // A writer waits for another's transaction instead of failing at once.
        DefaultTimeout = 120,
        Pooling = true,
    }.ToString();

    private static string ProviderAssembly(StoreLocation location) => location.IsPostgres ? "Pledgewatch.Storage.Postgres" : "Pledgewatch.Storage.Sqlite";

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

            var store = new PledgewatchStore(location, configure);

            // An up-to-date database (every migration applied, the seed stamp current) is opened
            // with two small reads on a plain connection: migrating compares the model with the
            // code's, which costs a second, and seeding reads every region.
            if (await IsUpToDateAsync(store, cancellationToken))
            {
                return store;
            }

            await using (var db = store.CreateContext())
            {
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

    /// <summary>
    /// Whether the database has every migration of the code applied and holds the current seed stamp;
    /// on SQLite it is also put in WAL mode (readers never wait for the writer; the setting stays with
    /// the file).
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(PledgewatchStore store, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            if (!store.Location.IsPostgres)
            {
                await using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

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

            if (MigrationsOf(ProviderAssembly(store.Location)).Any(m => !applied.Contains(m)))
            {
                return false;
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT \"Value\" FROM store_stamps WHERE \"Key\" = '{Seeder.StampKey}'";
                return await command.ExecuteScalarAsync(cancellationToken) is string stamp && stamp == Seeder.Stamp;
            }
        }
        catch (DbException)
        {
            // A new database (on PostgreSQL one not created yet), or one from before the stamps: migrate and seed.
            return false;
        }
    }

    /// <summary>The migrations the code has for a provider: what EF's migrator would apply, read from the attributes it reads.</summary>
    private static IEnumerable<string> MigrationsOf(string assemblyName) =>
        Assembly.Load(assemblyName).GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PledgewatchDb))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();

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
