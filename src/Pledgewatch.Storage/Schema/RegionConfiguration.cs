using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<RegionEntity>
{
    public void Configure(EntityTypeBuilder<RegionEntity> e)
    {
        e.ToTable("regions");
        e.HasIndex(r => r.Code).IsUnique();
        e.HasIndex(r => new { r.Name, r.ParentId });
        e.HasIndex(r => r.ShortName);
        e.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
