using Microsoft.EntityFrameworkCore;

namespace Pledgewatch.Storage.Tests;

public sealed class SchemaTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EachProvidersMigrationsMatchTheModel(string engine)
    {
        // A schema change without `scripts/add-migration.sh NAME` fails here, on both providers.
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using var db = store.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration covers");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void EachProvidersCompiledModelIsTheCodesModel(string engine)
    {
        // A schema change without `scripts/compile-model.sh` fails here: the compiled model would
        // map tables and columns the code no longer has.
        var location = engine == "sqlite" ? StoreLocation.Sqlite("unused.db") : StoreLocation.Postgres("Host=localhost;Database=unused");
        using var compiled = new PledgewatchDb(PledgewatchStore.OptionsFor(location));
        using var built = new PledgewatchDb(PledgewatchStore.OptionsFor(location, compiledModel: false));

        Assert.IsAssignableFrom<Microsoft.EntityFrameworkCore.Metadata.RuntimeModel>(PledgewatchStore.CompiledModelOf(engine == "sqlite" ? "Pledgewatch.Storage.Sqlite" : "Pledgewatch.Storage.Postgres"));
        Assert.Equal(Signature(built.Model), Signature(compiled.Model));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnUpToDateDatabaseIsOpenedWithoutSeedingAndAnOlderOneIsSeeded(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using (var db = store.CreateContext())
        {
            Assert.Equal(Seeder.Stamp, (await db.StoreStamps.SingleAsync(s => s.Key == Seeder.StampKey)).Value);
            await db.Regions.Where(r => r.Code == "320481").ExecuteDeleteAsync();
        }

        // The stamp is current: nothing is seeded, so the region removed stays removed.
        store = await test.OpenAsync();
        await using (var db = store.CreateContext())
        {
            Assert.False(await db.Regions.AnyAsync(r => r.Code == "320481"));
            await db.StoreStamps.ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "an older tree"));
        }

        // An older stamp: the tree is seeded again and the stamp brought up to date.
        store = await test.OpenAsync();
        await using (var db = store.CreateContext())
        {
            Assert.True(await db.Regions.AnyAsync(r => r.Code == "320481"));
            Assert.Equal(Seeder.Stamp, (await db.StoreStamps.SingleAsync()).Value);
        }
    }

    /// <summary>Every table, column (name, type, nullability, length), key, index and foreign key of a model, one line each.</summary>
    private static List<string> Signature(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var table = entity.GetTableName();
            lines.AddRange(entity.GetProperties().Select(p => $"{table}.{p.GetColumnName()} {p.ClrType.Name} {(p.IsNullable ? "null" : "not null")} {p.GetMaxLength()} {p.GetColumnType()} {p.GetValueConverter()?.GetType().Name}"));
            lines.AddRange(entity.GetKeys().Select(k => $"{table} key {string.Join(",", k.Properties.Select(p => p.Name))}"));
            lines.AddRange(entity.GetIndexes().Select(i => $"{table} index {string.Join(",", i.Properties.Select(p => p.Name))} {(i.IsUnique ? "unique" : "")} {i.GetFilter()}"));
            lines.AddRange(entity.GetForeignKeys().Select(f => $"{table} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.GetTableName()} {f.DeleteBehavior}"));
        }

        return [.. lines.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task TheSqliteFileIsInWriteAheadLogMode()
    {
        await using var test = TestDatabase.Create("sqlite");
        var store = await test.OpenAsync();
        await using var db = store.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

public sealed class BallotKindTests
{
    [Fact]
    public void BallotKindsAreStoredByTheirNames()
    {
        Assert.All(Enum.GetValues<Pledgewatch.Storage.Voting.BallotKind>(), k => Assert.Equal(k, Pledgewatch.Storage.Voting.BallotKinds.Parse(Pledgewatch.Storage.Voting.BallotKinds.Of(k))));
        Assert.Equal("rating", Pledgewatch.Storage.Voting.BallotKinds.Of(Pledgewatch.Storage.Voting.BallotKind.Rating));
        Assert.Null(Pledgewatch.Storage.Voting.BallotKinds.Parse("Rating"));
        Assert.Throws<FormatException>(() => Pledgewatch.Storage.Voting.BallotKinds.Stored("poll"));
    }
}
