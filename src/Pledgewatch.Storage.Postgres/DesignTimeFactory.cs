using Microsoft.EntityFrameworkCore.Design;

namespace Pledgewatch.Storage.Postgres;

/// <summary>For <c>dotnet ef migrations add</c>: the PostgreSQL flavour of the schema (no server needed).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PledgewatchDb>
{
    public PledgewatchDb CreateDbContext(string[] args) => new(PledgewatchStore.OptionsFor(StoreLocation.Postgres("Host=localhost;Database=pledgewatch"), compiledModel: false));
}
