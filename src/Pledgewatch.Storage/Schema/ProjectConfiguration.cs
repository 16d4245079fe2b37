using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectEntity>
{
    public void Configure(EntityTypeBuilder<ProjectEntity> e)
    {
        e.ToTable("projects");
        e.HasIndex(p => new { p.RegionId, p.Year });
        e.HasIndex(p => p.CandidateId).IsUnique();
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CandidateEntity>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
