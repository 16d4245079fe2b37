using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<IndicatorEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorEntity> e)
    {
        e.ToTable("indicators");
        e.HasIndex(i => i.Name).IsUnique();
        e.HasMany(i => i.Aliases).WithOne(a => a.Indicator).HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
