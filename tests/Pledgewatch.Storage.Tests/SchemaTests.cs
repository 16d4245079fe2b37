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
