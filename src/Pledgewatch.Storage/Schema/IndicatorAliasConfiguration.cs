using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class IndicatorAliasConfiguration : IEntityTypeConfiguration<IndicatorAliasEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorAliasEntity> e)
    {
        e.ToTable("indicator_aliases");
        e.HasKey(a => a.Alias);
    }
}
