using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class CitizenCaseConfiguration : IEntityTypeConfiguration<CitizenCaseEntity>
{
    public void Configure(EntityTypeBuilder<CitizenCaseEntity> e)
    {
        e.ToTable("citizen_cases");
        e.HasIndex(c => new { c.State, c.Department });
        e.HasIndex(c => new { c.Category, c.RegionId });
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
