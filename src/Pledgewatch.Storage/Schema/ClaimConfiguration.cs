using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<ClaimEntity>
{
    public void Configure(EntityTypeBuilder<ClaimEntity> e)
    {
        e.ToTable("claims");
        e.HasIndex(c => new { c.RegionId, c.Year });
        e.HasIndex(c => new { c.DocumentId, c.Ordinal }).IsUnique();
        e.HasIndex(c => c.Indicator);
        e.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
