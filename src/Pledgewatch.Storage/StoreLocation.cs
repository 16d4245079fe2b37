namespace Pledgewatch.Storage;

/// <summary>Where the database is: a SQLite file (the default) or a PostgreSQL connection string.</summary>
public sealed record StoreLocation(string? SqlitePath, string? PostgresConnection)
{
    public const string DefaultFile = "pledgewatch.db";

    public static StoreLocation Sqlite(string path) => new(path, null);

    public static StoreLocation Postgres(string connection) => new(null, connection);

    /// <summary>From the command-line options: --connection wins; else --db; else pledgewatch.db here.</summary>
    public static StoreLocation From(string? db, string? connection) =>
        !string.IsNullOrWhiteSpace(connection) ? Postgres(connection) : Sqlite(string.IsNullOrWhiteSpace(db) ? DefaultFile : db);

    public bool IsPostgres => PostgresConnection is not null;

    /// <summary>For messages: the file, or the PostgreSQL host and database (never the password).</summary>
    public string Describe()
    {
        if (!IsPostgres)
        {
            return Path.GetFullPath(SqlitePath!);
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection);
        return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
