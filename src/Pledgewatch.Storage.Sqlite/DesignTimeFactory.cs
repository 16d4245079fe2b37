using Microsoft.EntityFrameworkCore.Design;

namespace Pledgewatch.Storage.Sqlite;

/// <summary>For <c>dotnet ef migrations add</c>: the SQLite flavour of the schema.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PledgewatchDb>
{
    public PledgewatchDb CreateDbContext(string[] args) => new(PledgewatchStore.OptionsFor(StoreLocation.Sqlite("design-time.db"), compiledModel: false));
}
